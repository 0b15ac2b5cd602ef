import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props extends ButtonProps {
  href: string;
  /** Where the visible text does not say which file it is. */
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A file to download, looking like a button: a plain link, so the session cookie goes along and
 * the browser saves what the server sends.
 */
export function DownloadButton({ href, ...props }: Props) {
  return <Button component="a" href={href} download {...props} />;
}
