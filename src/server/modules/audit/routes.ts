import { AuditList, AuditQuery } from '../../../contract/audit';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { auditLogService } from './service';

export function auditRoutes(app: Api, deps: AppDeps) {
  const service = auditLogService(deps);
  app.get('/api/audit', {
    config: { permission: 'audit:read' },
    schema: {
      tags: ['audit'],
      summary: 'Audit log entries, newest first, with filters',
      querystring: AuditQuery,
      response: { 200: AuditList },
    },
    handler: (request) => service.findAuditEntries(userContext(request), request.query),
  });
}
