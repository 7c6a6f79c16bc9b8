import type { FastifyReply } from 'fastify';
import type { Config } from '../../config.ts';

export const SESSION_COOKIE = 'tandem_session';

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.cookieSecure });
}
