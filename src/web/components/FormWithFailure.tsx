import { Alert, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { FormEventHandler, ReactNode } from 'react';
import type { FormFailure } from '../lib/useFormFailure';

interface Props {
  /** From `useFormFailure`: the form element's ref and the message to show, if any. */
  failure: Pick<FormFailure, 'formRef' | 'message'>;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Shown above the message, such as what the form is about to do. */
  intro?: ReactNode;
  /** A title for the message; by default it has none. */
  failureTitle?: string;
  /** A sentence added after the message, such as what the form did about the failure. */
  failureNote?: string;
  children: ReactNode;
}

/**
 * Every form lays out the same: its fields in a column with, above them, why the last attempt
 * could not be sent (`role="alert"`, so screen readers read it out). The browser's own
 * validation is off: the contract's rules apply, with messages in the interface language.
 */
export function FormWithFailure({ failure, onSubmit, intro, failureTitle, failureNote, children }: Props) {
  return (
    <form ref={failure.formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        {intro}
        {failure.message && (
          <Alert
            color="red"
            variant="light"
            title={failureTitle}
            icon={<IconAlertCircle aria-hidden />}
            role="alert"
          >
            {failure.message}
            {failureNote && ` ${failureNote}`}
          </Alert>
        )}
        {children}
      </Stack>
    </form>
  );
}
