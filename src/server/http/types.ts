import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { UserContext } from '../access/context';
import { isUserContext } from '../access/context';
import { AppError } from '../errors/app-error';

/** The Fastify instance every module registers its routes on, typed by the zod contract. */
export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** The context of a route whose permission already required a signed-in person. */
export function userContext(request: FastifyRequest): UserContext {
  if (!isUserContext(request.ctx)) throw new AppError('unauthenticated');
  return request.ctx;
}
