import { useMediaQuery } from '@mantine/hooks';

/** Narrower than Mantine's `sm` breakpoint (48em): dialogs take the whole screen there. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 48em)') ?? false;
}
