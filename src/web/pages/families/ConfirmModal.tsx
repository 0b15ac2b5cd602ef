import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/AppModal';
import { errorMessage } from '../../lib/forms';

interface Props {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  loading: boolean;
  /** The failed attempt, shown above the buttons. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something is removed: what will happen, "Cancel" and the red confirming button. */
export function ConfirmModal({
  opened,
  title,
  text,
  confirmLabel,
  loading,
  error,
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={title} size="md">
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
