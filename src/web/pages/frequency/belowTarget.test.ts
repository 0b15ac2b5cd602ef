import { describe, expect, it } from 'vitest';
import type { ContactFrequency } from '../../../contract/contacts';
import { belowTargetByAssistant } from './belowTarget';

const joanna = { id: 'a1', name: 'Joanna Ślusarczyk' };
const adam = { id: 'a2', name: 'Adam Żak' };
const pawel = { id: 'a3', name: 'Paweł Dąbrowski' };

const item = (engagementId: string, assistant: { id: string; name: string }, belowTarget: boolean) => ({
  engagementId,
  family: { id: `f-${engagementId}`, caseNumber: `RA.${engagementId}/2026`, name: 'Rodzina' },
  assistant,
  held: belowTarget ? 2 : 9,
  perWeek: belowTarget ? 0.5 : 2.25,
  belowTarget,
  lastContactDate: null,
});

const frequency: ContactFrequency = {
  today: '2026-11-25',
  target: 2,
  items: [item('1', joanna, true), item('2', pawel, false), item('3', adam, true), item('4', joanna, true)],
};

describe('families below the contact target by assistant', () => {
  it('leaves out families at or above the target and assistants with none below it', () => {
    const groups = belowTargetByAssistant(frequency);
    expect(groups.map((group) => group.assistant.id)).not.toContain(pawel.id);
    expect(groups.flatMap((group) => group.items).every((entry) => entry.belowTarget)).toBe(true);
  });

  it('orders assistants by name the Polish way and keeps each one’s families together', () => {
    const groups = belowTargetByAssistant(frequency);
    expect(groups.map((group) => group.assistant.name)).toEqual(['Adam Żak', 'Joanna Ślusarczyk']);
    expect(groups[1]?.items.map((entry) => entry.engagementId)).toEqual(['1', '4']);
  });

  it('narrows to one assistant when one is chosen', () => {
    expect(belowTargetByAssistant(frequency, adam.id).map((group) => group.assistant)).toEqual([adam]);
  });
});
