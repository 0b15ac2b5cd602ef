import type { AuditEntry, AuditQuery } from '../../../contract/audit';
import type { UserContext } from '../../access/context';
import { audit } from '../../audit/audit';
import type { AppDeps } from '../../deps';
import { decodeCursor, toPage } from '../../http/cursor';
import { listAuditEntries } from './queries';

type Row = Awaited<ReturnType<typeof listAuditEntries>>[number];

const show = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(show).join(', ')
    : typeof value === 'object' && value !== null
      ? JSON.stringify(value)
      : String(value);

/** One line for the table: the details as `key: value` pairs. */
export function summarize(details: Record<string, unknown>): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${show(value)}`)
    .join('; ');
}

function present(row: Row): AuditEntry {
  return {
    ...row,
    id: String(row.id),
    at: row.at.toISOString(),
    actorKind: row.actorKind as AuditEntry['actorKind'],
    outcome: row.outcome as AuditEntry['outcome'],
    summary: summarize(row.details),
  };
}

/** Browsing the audit log, itself audited: who looked, with which filters. */
export function auditLogService({ db }: AppDeps) {
  return {
    async findAuditEntries(ctx: UserContext, query: AuditQuery) {
      const before = decodeCursor(query.cursor);
      return db.transaction(async (tx) => {
        const rows = await listAuditEntries(tx, ctx.actor.officeId, query, before ? Number(before[0]) : null);
        const { cursor: _cursor, limit: _limit, ...filters } = query;
        await audit(ctx, tx, {
          action: 'audit.searched',
          entityType: 'audit_log',
          entityId: null,
          details: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
            string,
            string
          >,
        });
        const page = toPage(rows, query.limit, (row) => [row.id]);
        return { items: page.items.map(present), nextCursor: page.nextCursor };
      });
    },
  };
}
