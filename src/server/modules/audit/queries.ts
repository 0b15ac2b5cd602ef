import { and, desc, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { AuditQuery } from '../../../contract/audit';
import type { Executor } from '../../db/client';
import { auditLog, users } from '../../db/schema';

/** Entries of the office, plus those no office owns (start-up, unknown-email sign-ins). */
export async function listAuditEntries(
  db: Executor,
  officeId: string,
  query: AuditQuery,
  beforeId: number | null,
) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: users.name,
      actorKind: auditLog.actorKind,
      action: auditLog.action,
      outcome: auditLog.outcome,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      requestId: auditLog.requestId,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(
      and(
        or(eq(auditLog.officeId, officeId), isNull(auditLog.officeId)),
        query.actorId ? eq(auditLog.actorId, query.actorId) : undefined,
        query.action
          ? sql`${auditLog.action} like ${`${query.action.replace(/[\\%_]/g, '\\$&')}%`}`
          : undefined,
        query.entityType ? eq(auditLog.entityType, query.entityType) : undefined,
        query.entityId ? eq(auditLog.entityId, query.entityId) : undefined,
        query.outcome ? eq(auditLog.outcome, query.outcome) : undefined,
        query.from
          ? gte(auditLog.at, sql`(${query.from}::date)::timestamp at time zone 'Europe/Warsaw'`)
          : undefined,
        query.to
          ? lt(auditLog.at, sql`(${query.to}::date + 1)::timestamp at time zone 'Europe/Warsaw'`)
          : undefined,
        beforeId !== null ? lt(auditLog.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
}
