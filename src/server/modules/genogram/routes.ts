import { FamilyParams } from '../../../contract/families';
import { GenogramBody, GenogramView } from '../../../contract/genogram';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { genogramService } from './service';

export function genogramRoutes(app: Api, deps: AppDeps) {
  const genogram = genogramService(deps);
  const tags = ['genogram'];

  app.get('/api/families/:id/genogram', {
    config: { permission: 'families:read' },
    schema: {
      tags,
      summary: "The family's genogram: its people, relations and the drawing as SVG (audited read)",
      params: FamilyParams,
      response: { 200: GenogramView },
    },
    handler: (request) => genogram.view(userContext(request), request.params.id),
  });

  app.get('/api/families/:id/genogram.svg', {
    config: { permission: 'families:read' },
    schema: { tags, summary: "The family's genogram as an SVG file (audited)", params: FamilyParams },
    handler: async (request, reply) => {
      const { svg } = await genogram.view(userContext(request), request.params.id);
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="genogram.svg"')
        .send(svg);
    },
  });

  app.put('/api/families/:id/genogram', {
    config: { permission: 'families:edit' },
    schema: {
      tags,
      summary:
        'Save the genogram: the people beyond the members, the relations, the index person (409 when stale)',
      params: FamilyParams,
      body: GenogramBody,
      response: { 200: GenogramView },
    },
    handler: (request) => genogram.save(userContext(request), request.params.id, request.body),
  });
}
