import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { FieldError, Problem } from '../../contract/common';
import { fieldMessage } from '../../contract/messages';
import type { Locale } from '../../contract/roles';
import { AppError } from './app-error';
import { fillParams, type ProblemCode, problems, transitionBlockerTexts } from './messages';

/** Fastify's own errors mapped to our codes; anything else unknown is a 500. */
const frameworkCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_json',
};

export function toAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const fastifyError = error as Partial<FastifyError> | null;
  if (fastifyError?.code && frameworkCodes[fastifyError.code]) {
    return new AppError(frameworkCodes[fastifyError.code] as ProblemCode);
  }
  return null;
}

export function problemBody(error: AppError, locale: Locale, requestId: string): Problem {
  const def = problems[error.code];
  const errors: FieldError[] | undefined = error.options.errors?.map((issue) => ({
    path: issue.path,
    code: issue.code,
    message: issue.message ?? fieldMessage(issue.code, locale),
  }));
  const { blocker } = error.options;
  const reason: Record<string, string> = blocker ? { reason: transitionBlockerTexts[blocker][locale] } : {};
  const detail = fillParams(def[locale], { requestId, ...error.options.params, ...reason });
  return {
    type: `urn:asysta:problem:${error.code}`,
    title: detail,
    status: def.status,
    code: error.code,
    detail,
    requestId,
    ...(errors?.length ? { errors } : {}),
    ...(blocker ? { blocker } : {}),
  };
}

/** The single renderer of errors: problem+json, localized, never a stack trace. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const body = problemBody(error, request.ctx?.locale ?? 'pl', request.id);
  return reply.status(body.status).type('application/problem+json').send(body);
}
