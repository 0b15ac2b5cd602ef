import { Button, type ButtonProps, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onCancel: () => void;
  submitLabel: string;
  /** True while the request is under way: the submit button shows a spinner and cannot be pressed. */
  loading: boolean;
  color?: ButtonProps['color'];
  /** Apart from the two, on the left: another thing to do with the record, such as deleting it. */
  extra?: ReactNode;
}

/** The foot of every form in a dialog: "Cancel", then the submit button, on the right. */
export function DialogFormButtons({ onCancel, submitLabel, loading, color, extra }: Props) {
  const { t } = useTranslation();
  return (
    <Group justify={extra ? 'space-between' : 'flex-end'} mt="xs">
      {extra}
      <Group>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" color={color} loading={loading}>
          {submitLabel}
        </Button>
      </Group>
    </Group>
  );
}
