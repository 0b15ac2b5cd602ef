import { z } from 'zod';
import { DateOnly, ListQuery, page } from './common';

export const auditOutcomes = ['success', 'denied', 'error'] as const;
export const AuditOutcome = z.enum(auditOutcomes);

export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorKind: z.enum(['user', 'anonymous', 'system']),
  action: z.string(),
  outcome: AuditOutcome,
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = page(AuditEntry);
export type AuditList = z.infer<typeof AuditList>;

export const AuditQuery = ListQuery.omit({ q: true }).extend({
  actorId: z.uuid().optional(),
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  outcome: AuditOutcome.optional(),
  from: DateOnly.optional(),
  to: DateOnly.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
