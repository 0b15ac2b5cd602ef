import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '../contract/common';
import { ATTACHMENT_MAX_MB } from '../domain/documents';
import { installAccessControl } from './access/guard';
import { authRoutes } from './auth/routes';
import { authService } from './auth/service';
import type { AppDeps } from './deps';
import { AppError } from './errors/app-error';
import { sendProblem, toAppError } from './errors/render';
import type { Api } from './http/types';
import { MB } from './http/upload';
import { validateRequest } from './http/validation';
import { attachmentsRoutes } from './modules/attachments/routes';
import { auditRoutes } from './modules/audit/routes';
import { blueCardsRoutes } from './modules/blue-cards/routes';
import { calendarRoutes } from './modules/calendar/routes';
import { contactsRoutes } from './modules/contacts/routes';
import { dutyRoutes } from './modules/duty/routes';
import { engagementsRoutes } from './modules/engagements/routes';
import { familiesRoutes } from './modules/families/routes';
import { genogramRoutes } from './modules/genogram/routes';
import { healthRoutes } from './modules/health/routes';
import { intakeRoutes } from './modules/intake/routes';
import { officeRoutes } from './modules/office/routes';
import { partnersRoutes } from './modules/partners/routes';
import { printoutsRoutes } from './modules/printouts/routes';
import { reportsRoutes } from './modules/reports/routes';
import { staffRoutes } from './modules/staff/routes';
import { templatesRoutes } from './modules/templates/routes';
import { timesheetRoutes } from './modules/timesheet/routes';
import { usersRoutes } from './modules/users/routes';

/** Each capability's routes; a new module adds one line here. */
const modules = [
  healthRoutes,
  usersRoutes,
  auditRoutes,
  officeRoutes,
  familiesRoutes,
  intakeRoutes,
  engagementsRoutes,
  contactsRoutes,
  calendarRoutes,
  dutyRoutes,
  timesheetRoutes,
  partnersRoutes,
  blueCardsRoutes,
  genogramRoutes,
  printoutsRoutes,
  templatesRoutes,
  attachmentsRoutes,
  staffRoutes,
  reportsRoutes,
];

/** Builds the whole application on the given database; tests call it with their own. */
export async function buildApp(deps: AppDeps, options: { logger?: FastifyServerOptions['logger'] } = {}) {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    trustProxy: config.ASYSTA_TRUST_PROXY,
    bodyLimit: 1_048_576,
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>() as Api;

  // Input is validated by validateRequest (after authentication, in the person's language).
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is refused with 415.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  // Files come as multipart/form-data; each route reads its one file under its own limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_MAX_MB.max * MB, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  });
  const auth = authService(deps);
  installAccessControl(app, auth, deps.db);
  app.addHook('preValidation', async (request) => validateRequest(request));
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('too_many_attempts', {
        params: { minutes: Math.max(1, Math.ceil(context.ttl / 60_000)) },
      }),
  });
  // Every API route may answer with a problem; the OpenAPI document says so once for all.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.schema?.response) {
      route.schema.response = { ...(route.schema.response as object), '4xx': Problem, '5xx': Problem };
    }
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Asysta API',
        version: deps.version,
        description:
          'Sign in with POST /api/auth/login; the session cookie authenticates later calls. Writes made with the cookie must send the header X-CSRF-Token with the csrfToken from GET /api/auth/me. Errors are application/problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'asysta_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.setErrorHandler((error, request, reply) => {
    const known = toAppError(error);
    if (known) return sendProblem(request, reply, known);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, new AppError('internal_error'));
  });

  authRoutes(app, auth, config.ASYSTA_LOGIN_RATE_PER_MINUTE);
  for (const register of modules) register(app, deps);

  const webDir = path.resolve(config.ASYSTA_WEB_DIR);
  const hasWeb = existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: false,
      wildcard: false,
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`)) {
          res.header('Cache-Control', 'public, max-age=31536000, immutable');
        }
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isFile = request.url.startsWith('/assets/') || /\.\w+(\?|$)/.test(request.url);
    if (request.url.startsWith('/api') || isFile || !hasWeb || request.method !== 'GET') {
      return sendProblem(request, reply, new AppError('not_found'));
    }
    // The single-page app answers every other path itself.
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });

  return app;
}
