import type { RequestContext } from '../access/context';
import type { Executor } from '../db/client';
import { auditLog } from '../db/schema';
import type { AuditEvent, AuditOutcome } from './events';

/**
 * The one writer of the audit log. Call it with the transaction of the change it records, so
 * that the change and its entry commit together or not at all.
 */
export async function audit(
  ctx: RequestContext,
  tx: Executor,
  event: AuditEvent,
  options: { outcome?: AuditOutcome; officeId?: string } = {},
): Promise<void> {
  await tx.insert(auditLog).values({
    officeId: options.officeId ?? ctx.actor?.officeId ?? null,
    actorId: ctx.actor?.id ?? null,
    actorKind: ctx.system ? 'system' : ctx.actor ? 'user' : 'anonymous',
    action: event.action,
    outcome: options.outcome ?? 'success',
    entityType: event.entityType,
    entityId: event.entityId,
    details: 'details' in event && event.details ? event.details : {},
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
}
