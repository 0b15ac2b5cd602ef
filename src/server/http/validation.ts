import type { FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { fieldMessage, isFieldCode, validationErrorMap } from '../../contract/messages';
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
  const locale = request.ctx.locale;
  const errors: FieldIssue[] = [];
  for (const [schemaKey, requestKey] of parts) {
    const zodSchema = schema[schemaKey];
    if (!zodSchema) continue;
    const result = zodSchema.safeParse(request[requestKey] ?? (schemaKey === 'body' ? undefined : {}), {
      error: validationErrorMap(locale),
    });
    if (result.success) {
      (request as unknown as Record<string, unknown>)[requestKey] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const fieldPath = issue.path.map(String).join('.');
      const path = schemaKey === 'body' ? fieldPath : [requestKey, fieldPath].filter(Boolean).join('.');
      // One message per field: the first says what is wrong; later ones follow from it.
      if (errors.some((e) => e.path === path)) continue;
      errors.push({
        path,
        code: isFieldCode(issue.message) ? issue.message : issue.code,
        message: fieldMessage(issue.message, locale),
      });
    }
  }
  if (errors.length > 0) throw new AppError('validation_failed', { errors });
}
