import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'asysta_session';

/**
 * HttpOnly so scripts cannot read it, SameSite=Lax against cross-site posts (CSRF tokens guard
 * the rest), Secure whenever the request came over HTTPS.
 */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
