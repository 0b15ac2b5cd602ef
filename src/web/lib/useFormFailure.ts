import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, focusFirstInvalid } from './forms';

type FormWithErrors = Parameters<typeof applyServerErrors>[0];

export type FormFailure = ReturnType<typeof useFormFailure>;

/**
 * What every form does when it cannot be sent: the server's field errors go onto the fields, its
 * general message above the form (`message`, which FormWithFailure shows), and keyboard focus to
 * the first invalid field.
 */
export function useFormFailure(form: FormWithErrors, fields: readonly string[]) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<string | null>(null);

  const show = (error: unknown) => setMessage(applyServerErrors(form, fields, error, t));
  const focusInvalid = () => focusFirstInvalid(formRef.current);

  return {
    formRef,
    message,
    /** Forgets the last failure, before sending again. */
    clear: () => setMessage(null),
    /** Shows a failed request without moving focus (for forms that choose where it goes). */
    show,
    /** After the form's own validation failed. */
    focusInvalid,
    /** Shows a failed request and moves focus to the first invalid field. */
    fail: (error: unknown) => {
      show(error);
      focusInvalid();
    },
  };
}
