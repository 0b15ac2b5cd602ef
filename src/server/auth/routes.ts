import { ChangePasswordBody, LoginBody, Me, UpdateMeBody } from '../../contract/auth';
import { Ok } from '../../contract/common';
import type { Api } from '../http/types';
import { userContext } from '../http/types';
import { clearSessionCookie, setSessionCookie } from './cookie';
import type { AuthService } from './service';

export function authRoutes(app: Api, auth: AuthService, loginRatePerMinute: number) {
  app.post('/api/auth/login', {
    config: { permission: 'public', rateLimit: { max: loginRatePerMinute, timeWindow: 60_000 } },
    schema: {
      tags: ['auth'],
      summary: 'Sign in; sets the session cookie',
      security: [],
      body: LoginBody,
      response: { 200: Me },
    },
    handler: async (request, reply) => {
      const session = await auth.login(request.ctx, request.body, request.headers['user-agent'] ?? null);
      setSessionCookie(request, reply, session.token);
      return auth.me(session.actor, session.csrfToken);
    },
  });

  app.get('/api/auth/me', {
    config: { permission: 'session' },
    schema: {
      tags: ['auth'],
      summary: 'The signed-in person and the CSRF token for writes',
      response: { 200: Me },
    },
    handler: async (request) => auth.me(userContext(request).actor, request.csrfToken ?? ''),
  });

  app.patch('/api/auth/me', {
    config: { permission: 'session' },
    schema: {
      tags: ['auth'],
      summary: 'Change own preferences (language)',
      body: UpdateMeBody,
      response: { 200: Ok },
    },
    handler: async (request) => {
      await auth.updateMe(userContext(request), request.body);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/logout', {
    config: { permission: 'session' },
    schema: { tags: ['auth'], summary: 'Sign out of this session', response: { 200: Ok } },
    handler: async (request, reply) => {
      await auth.logout(userContext(request));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/logout-all', {
    config: { permission: 'session' },
    schema: {
      tags: ['auth'],
      summary: 'Sign out everywhere: ends every session of this person',
      response: { 200: Ok },
    },
    handler: async (request, reply) => {
      await auth.logoutEverywhere(userContext(request));
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/password', {
    config: { permission: 'session' },
    schema: {
      tags: ['auth'],
      summary: 'Change own password; other sessions end',
      body: ChangePasswordBody,
      response: { 200: Ok },
    },
    handler: async (request) => {
      await auth.changePassword(userContext(request), request.body);
      return { ok: true as const };
    },
  });
}
