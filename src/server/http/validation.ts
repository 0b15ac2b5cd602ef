import type { FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { fieldMessage, isFieldCode, validationErrorMap } from '../../contract/messages';
import type { Locale } from '../../contract/roles';
import { AppError, type FieldIssue } from '../errors/app-error';

const parts = [
  ['params', 'params'],
  ['querystring', 'query'],
  ['body', 'body'],
] as const;

/**
 * Validates a request against its route's zod schemas, in the person's language, and replaces
 * the raw input with the parsed value. Runs after authentication, so a stranger learns nothing
 * about a route's input from its errors.
 */
export function validateRequest(request: FastifyRequest): void {
  const schema = request.routeOptions.schema as
    | Partial<Record<'params' | 'querystring' | 'body', ZodType>>
    | undefined;
  if (!schema) return;
  const errors: FieldIssue[] = [];
  for (const [schemaKey, requestKey] of parts) {
    const zodSchema = schema[schemaKey];
    if (!zodSchema) continue;
    const input = request[requestKey] ?? (schemaKey === 'body' ? undefined : {});
    const result = check(zodSchema, input, request.ctx.locale, requestKey, errors);
    if (result.success) (request as unknown as Record<string, unknown>)[requestKey] = result.data;
  }
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}

/** Input from elsewhere than the route's schemas (a multipart form's fields), checked the same way. */
export function parseInput<T>(schema: ZodType<T>, input: unknown, locale: Locale, part: 'body' | 'query'): T {
  const errors: FieldIssue[] = [];
  const result = check(schema, input, locale, part, errors);
  if (!result.success) throw new AppError('validation_failed', { errors });
  return result.data;
}

function check<T>(schema: ZodType<T>, input: unknown, locale: Locale, part: string, errors: FieldIssue[]) {
  const result = schema.safeParse(input, { error: validationErrorMap(locale) });
  if (result.success) return result;
  for (const issue of result.error.issues) {
    const fieldPath = issue.path.map(String).join('.');
    const path = part === 'body' ? fieldPath : [part, fieldPath].filter(Boolean).join('.');
    // One message per field: the first says what is wrong; later ones follow from it.
    if (errors.some((e) => e.path === path)) continue;
    errors.push({
      path,
      code: isFieldCode(issue.message) ? issue.message : issue.code,
      message: fieldMessage(issue.message, locale),
    });
  }
  return result;
}
