import { RecordParams } from '../../../contract/common';
import { FamilyParams } from '../../../contract/families';
import {
  BlueCardBody,
  BlueCardList,
  BlueCardMeetingBody,
  UpdateBlueCardBody,
} from '../../../contract/partners';
import type { AppDeps } from '../../deps';
import type { Api } from '../../http/types';
import { userContext } from '../../http/types';
import { blueCardsService } from './service';

export function blueCardsRoutes(app: Api, deps: AppDeps) {
  const blueCards = blueCardsService(deps);
  const tags = ['niebieska karta'];
  const answer = { 200: BlueCardList };

  app.get('/api/families/:id/blue-cards', {
    config: { permission: 'blue_cards:read' },
    schema: {
      tags,
      summary: "The family's Niebieska Karta procedures (restricted, every view audited)",
      params: FamilyParams,
      response: answer,
    },
    handler: (request) => blueCards.list(userContext(request), request.params.id),
  });

  app.post('/api/families/:id/blue-cards', {
    config: { permission: 'blue_cards:write' },
    schema: {
      tags,
      summary: 'Record that a Niebieska Karta procedure started',
      params: FamilyParams,
      body: BlueCardBody,
      response: answer,
    },
    handler: (request) => blueCards.create(userContext(request), request.params.id, request.body),
  });

  app.put('/api/blue-cards/:id', {
    config: { permission: 'blue_cards:write' },
    schema: {
      tags,
      summary: 'Change a procedure: form A sent, the assistant in the group, its end',
      params: RecordParams,
      body: UpdateBlueCardBody,
      response: answer,
    },
    handler: (request) => blueCards.update(userContext(request), request.params.id, request.body),
  });

  app.post('/api/blue-cards/:id/meetings', {
    config: { permission: 'blue_cards:write' },
    schema: {
      tags,
      summary: 'Record a meeting of the diagnostic-support group',
      params: RecordParams,
      body: BlueCardMeetingBody,
      response: answer,
    },
    handler: (request) => blueCards.addMeeting(userContext(request), request.params.id, request.body),
  });
}
