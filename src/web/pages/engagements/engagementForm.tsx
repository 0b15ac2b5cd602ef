import { Text } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconCalendar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { problemCode } from '../../api/errors';
import { DialogFormButtons } from '../../components/DialogFormButtons';
import { FormWithFailure } from '../../components/FormWithFailure';
import { validateWithPaths } from '../../lib/forms';
import { useFormFailure } from '../../lib/useFormFailure';

interface Mutation<Body> {
  mutate: (body: Body, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
}

interface Options<Values extends Record<string, unknown>, S extends z.ZodType> {
  initialValues: Values;
  /** The contract's schema of the body: it validates the form and its output is what is sent. */
  schema: S;
  /** The body for the schema to check and trim; the form's paths are its paths. */
  toBody: (values: Values) => unknown;
  /** For forms whose errors need more than the schema's paths. */
  validate?: (values: Values) => FormErrors;
  mutation: Mutation<z.output<S>>;
  /** The form paths where the server's field errors land (for repeated parts: from the values). */
  fields: readonly string[] | ((values: Values) => string[]);
  /** The notice once saved. */
  saved: string;
  /** What to do after someone else changed the engagement meanwhile, when not simply "try again". */
  conflictNote?: string;
  onDone: () => void;
}

/**
 * Every form of the engagement (and of the contact log and the calendar) works alike: the
 * contract's rules checked before sending, a notice and `onDone` on success; on failure the
 * server's errors on the fields and, when someone else changed the record meanwhile (the page
 * has been reloaded), a note saying so.
 */
export function useEngagementForm<Values extends Record<string, unknown>, S extends z.ZodType>({
  initialValues,
  schema,
  toBody,
  validate,
  mutation,
  fields,
  saved,
  conflictNote,
  onDone,
}: Options<Values, S>) {
  const { t } = useTranslation();
  const [reloaded, setReloaded] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    validate: validate ?? ((values) => validateWithPaths(schema, toBody(values))),
  });
  const failure = useFormFailure(form, typeof fields === 'function' ? fields(form.values) : fields);

  const submit = form.onSubmit((values) => {
    failure.clear();
    setReloaded(false);
    mutation.mutate(schema.parse(toBody(values)), {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: saved });
        onDone();
      },
      onError: (error) => {
        failure.fail(error);
        setReloaded(problemCode(error) === 'conflict');
      },
    });
  }, failure.focusInvalid);

  return {
    form,
    failure,
    submit,
    failureNote: reloaded ? (conflictNote ?? t('engagement.reloaded')) : undefined,
    loading: mutation.isPending,
  };
}

type EngagementForm = Pick<
  ReturnType<typeof useEngagementForm>,
  'failure' | 'submit' | 'failureNote' | 'loading'
>;

/** A form in a dialog: its fields, the failure above them, "Anuluj" and the submit button below. */
export function DialogForm({
  state,
  submitLabel,
  onCancel,
  intro,
  extra,
  children,
}: {
  state: EngagementForm;
  submitLabel: string;
  onCancel: () => void;
  /** A line on what the form is for, above its fields. */
  intro?: string;
  /** Another thing to do with the record, left of the buttons (such as deleting it). */
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <FormWithFailure
      failure={state.failure}
      onSubmit={state.submit}
      failureNote={state.failureNote}
      intro={
        intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )
      }
    >
      {children}
      <DialogFormButtons
        onCancel={onCancel}
        submitLabel={submitLabel}
        loading={state.loading}
        extra={extra}
      />
    </FormWithFailure>
  );
}

/** A day typed or picked as the interface language writes it (dd.mm.rrrr), held as YYYY-MM-DD. */
export function DateField(props: DateInputProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="L"
      placeholder={t('intake.datePlaceholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...props}
    />
  );
}
