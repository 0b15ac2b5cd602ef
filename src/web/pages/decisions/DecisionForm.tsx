import { type ButtonProps, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useReloadDecisions } from '../../api/decisions';
import { problemCode } from '../../api/errors';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWith } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

/** What every decision sends: the record, the version it was read at and the manager's words. */
export interface Decision {
  id: string;
  version: number;
  note: string;
}

interface Props {
  target: { id: string; version: number };
  /** Validates `{ version, note }` as the server will: a rejection needs its reason. */
  schema: z.ZodType;
  mutation: {
    mutate: (
      decision: Decision,
      callbacks: { onSuccess: () => void; onError: (error: unknown) => void },
    ) => void;
    isPending: boolean;
  };
  /** Codes meaning someone decided or changed the record first: the queue is then reloaded. */
  staleCodes: readonly string[];
  intro: ReactNode;
  noteLabel: string;
  noteHint?: string;
  required?: boolean;
  submitLabel: string;
  color?: ButtonProps['color'];
  doneMessage: string;
  onDone: () => void;
}

/** A manager's decision in a dialog: an approval, a rejection or an acknowledgement, with a note. */
export function DecisionForm({
  target,
  schema,
  mutation,
  staleCodes,
  intro,
  noteLabel,
  noteHint,
  required = false,
  submitLabel,
  color,
  doneMessage,
  onDone,
}: Props) {
  const { t } = useTranslation();
  const reload = useReloadDecisions();
  const [reloaded, setReloaded] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: { note: '' },
    validate: (values) => validateWith(schema, { version: target.version, note: values.note }),
  });
  const failure = useFormFailure(form, ['note']);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    mutation.mutate(
      { id: target.id, version: target.version, note: values.note },
      {
        onSuccess: () => {
          notifications.show({ color: 'asysta', message: doneMessage });
          onDone();
        },
        onError: (error) => {
          failure.fail(error);
          const code = problemCode(error);
          if (code && staleCodes.includes(code)) {
            setReloaded(true);
            void reload();
          }
        },
      },
    );
  }, failure.focusInvalid);

  return (
    <FormWithFailure
      failure={failure}
      onSubmit={submit}
      failureNote={reloaded ? t('decisions.reloaded') : undefined}
      intro={intro}
    >
      <Textarea
        label={noteLabel}
        description={noteHint}
        autosize
        minRows={3}
        maxRows={10}
        required={required}
        withAsterisk={false}
        data-autofocus={required || undefined}
        {...form.getInputProps('note')}
      />
      <DialogFormButtons
        onCancel={onDone}
        submitLabel={submitLabel}
        loading={mutation.isPending}
        color={color}
      />
    </FormWithFailure>
  );
}
