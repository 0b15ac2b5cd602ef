import { notifications } from '@mantine/notifications';
import type { ComponentProps } from 'react';
import { useState } from 'react';
import type { ConfirmModal } from '../families/ConfirmModal';

interface RemoveMutation<T> {
  mutate: (entry: T, options: { onSuccess: () => void }) => void;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

interface Texts<T> {
  title: string;
  /** What removing this entry means, in its own words. */
  text: (entry: T) => string;
  confirmLabel: string;
  /** The notice once removed. */
  removed: string;
}

/**
 * Removing an entry of a person's record after asking: `ask` opens the confirmation, whose
 * props are `dialog` (for a ConfirmModal).
 */
export function useRemoval<T extends { id: string }>(
  entries: readonly T[],
  mutation: RemoveMutation<T>,
  texts: Texts<T>,
) {
  const [removingId, setRemovingId] = useState<string | null>(null);
  // Looked up on every render: after a reload the dialog works on the current version.
  const removing = entries.find((entry) => entry.id === removingId) ?? null;
  const close = () => setRemovingId(null);
  const dialog: ComponentProps<typeof ConfirmModal> = {
    opened: removing !== null,
    title: texts.title,
    text: removing ? texts.text(removing) : '',
    confirmLabel: texts.confirmLabel,
    loading: mutation.isPending,
    error: mutation.error,
    onConfirm: () =>
      removing &&
      mutation.mutate(removing, {
        onSuccess: () => {
          notifications.show({ color: 'asysta', message: texts.removed });
          close();
        },
      }),
    onClose: close,
  };
  return {
    ask: (entry: T) => {
      mutation.reset();
      setRemovingId(entry.id);
    },
    dialog,
  };
}
