import type { ContactFrequency } from '../../../contract/contacts';

/** The families below the target by assistant (ordered by name), all or one assistant's. */
export function belowTargetByAssistant(frequency: ContactFrequency, assistantId: string | null = null) {
  const below = frequency.items.filter(
    (item) => item.belowTarget && (!assistantId || item.assistant.id === assistantId),
  );
  const assistants = new Map(below.map((item) => [item.assistant.id, item.assistant]));
  return [...assistants.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'))
    .map((assistant) => ({ assistant, items: below.filter((item) => item.assistant.id === assistant.id) }));
}
