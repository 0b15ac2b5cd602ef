import { Alert, Button, type ButtonProps, FileButton } from '@mantine/core';
import { IconAlertCircle, IconUpload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/forms';

interface UploadMutation {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  reset: () => void;
}

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  /** The file types the picker offers. */
  accept: string;
  upload: UploadMutation;
  /** The file chosen; a cancelled picker sends nothing. */
  onFile: (file: File) => void;
  children: ReactNode;
}

/**
 * A button that opens the file picker and sends the file chosen: the last failure is forgotten
 * as the picker opens, and the button spins while the file goes.
 */
export function UploadButton({ accept, upload, onFile, size, variant, children }: Props) {
  return (
    <FileButton onChange={(file) => file && onFile(file)} accept={accept}>
      {(props) => (
        <Button
          {...props}
          size={size}
          variant={variant}
          leftSection={<IconUpload size={size === 'xs' ? 16 : 18} aria-hidden />}
          loading={upload.isPending}
          onClick={() => {
            upload.reset();
            props.onClick();
          }}
        >
          {children}
        </Button>
      )}
    </FileButton>
  );
}

/** Why the last upload was refused, in the server's words. */
export function UploadFailure({ upload, title }: { upload: UploadMutation; title: string }) {
  const { t } = useTranslation();
  if (!upload.isError) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {errorMessage(upload.error, t)}
    </Alert>
  );
}
