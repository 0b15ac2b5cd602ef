import { Health } from '../../../contract/health';
import { pingDatabase } from '../../db/client';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';

export function healthRoutes(app: Api, deps: AppDeps) {
  app.get('/api/health', {
    config: { permission: 'public' },
    schema: {
      tags: ['health'],
      summary: 'Liveness, with the kind of database in use',
      security: [],
      response: { 200: Health },
    },
    handler: async () => {
      await pingDatabase(deps.db);
      return { status: 'ok' as const, database: deps.dbKind, version: deps.version };
    },
  });
}
