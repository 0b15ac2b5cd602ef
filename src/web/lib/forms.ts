import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { fieldMessage, validationErrorMap } from '../../contract/messages';
import { isApiError } from '../api/errors';
import { currentLocale } from '../i18n';

type FormErrors = Record<string, ReactNode>;

/** Runs a contract schema in the interface language; the first message per key wins. */
function collectErrors(schema: z.ZodType, values: unknown, keyOf: (path: string) => string): FormErrors {
  const locale = currentLocale();
  const result = schema.safeParse(values, { error: validationErrorMap(locale) });
  if (result.success) return {};
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const key = keyOf(issue.path.map(String).join('.'));
    if (!(key in errors)) errors[key] = fieldMessage(issue.message, locale);
  }
  return errors;
}

/**
 * Validates form values with a contract schema, in the interface language, so the person sees
 * the same rules (and texts) the server applies. Returns Mantine form errors, first per field.
 */
export const validateWith = (schema: z.ZodType, values: unknown): FormErrors =>
  collectErrors(schema, values, (path) => path.split('.')[0] ?? path);

/**
 * Like `validateWith`, but each error keeps its whole path (`members.0.person.pesel`), after
 * `prefix`: for forms with nested or repeated parts, whose fields are named by those paths.
 */
export const validateWithPaths = (schema: z.ZodType, values: unknown, prefix = ''): FormErrors =>
  collectErrors(schema, values, (path) => prefix + path);

/** The text to show for a failed request: the server's own (localized) words when it gave them. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.problem) return error.problem.detail;
    if (error.isNetworkError) return t('errors.network');
  }
  return t('errors.generic');
}

/**
 * Puts the server's field errors on the form's fields (a path such as `roles.0` lands on
 * `roles`) and returns the general message to show above the form.
 */
export function applyServerErrors(
  form: { setErrors: (errors: FormErrors) => void },
  fields: readonly string[],
  error: unknown,
  t: TFunction,
): string {
  if (isApiError(error) && error.fieldErrors.length > 0) {
    const errors: FormErrors = {};
    for (const fieldError of error.fieldErrors) {
      const field = fields.includes(fieldError.path) ? fieldError.path : fieldError.path.split('.')[0];
      if (field && fields.includes(field) && !(field in errors)) errors[field] = fieldError.message;
    }
    form.setErrors(errors);
  }
  return errorMessage(error, t);
}

/** Moves keyboard focus to the first field marked invalid, once React has rendered the errors. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
