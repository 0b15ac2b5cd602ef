import { useState } from 'react';

/**
 * Which dialog of a page is open and what it is for. What it was for stays while it closes, so
 * its content does not vanish during the closing animation.
 */
export function useDialog<T>() {
  const [dialog, setDialog] = useState<T | null>(null);
  const [opened, setOpened] = useState(false);
  return {
    dialog,
    opened,
    open: (next: T) => {
      setDialog(next);
      setOpened(true);
    },
    close: () => setOpened(false),
  };
}
