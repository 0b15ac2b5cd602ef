import { PrintoutParams, PrintoutQuery } from '../../../contract/documents';
import type { AppDeps } from '../../deps';
import { sendDownload } from '../../http/download';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { printoutsService } from './service';

export function printoutsRoutes(app: Api, deps: AppDeps) {
  const printouts = printoutsService(deps);

  app.get('/api/printouts/:kind/:id', {
    config: { permission: 'families:read' },
    schema: {
      tags: ['documents'],
      summary:
        "A printout of a family's record as PDF or DOCX, under the office's header (a DOCX from the office's template when it has one); audited",
      params: PrintoutParams,
      querystring: PrintoutQuery,
    },
    handler: async (request, reply) =>
      sendDownload(
        reply,
        await printouts.print(userContext(request), request.params.kind, request.params.id, request.query),
      ),
  });
}
