import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAccountSchema } from '../accounts/account-input.ts';
import { countAccounts } from '../accounts/accounts.repo.ts';
import { runFirstSetup } from '../accounts/run-first-setup.ts';
import { AppError } from '../http/app-error.ts';
import { opContext } from '../http/op-context.ts';
import { idParams } from '../http/schemas.ts';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie.ts';
import { createUser } from './create-user.ts';
import { deactivateUser } from './deactivate-user.ts';
import { reactivateUser } from './reactivate-user.ts';
import { resetUserPassword } from './reset-user-password.ts';
import { sessionInfo } from './session-info.ts';
import { signIn, signInSchema } from './sign-in.ts';
import { signOut } from './sign-out.ts';
import { startSession } from './start-session.ts';
import { updateOwnProfile, ownProfileSchema } from './update-own-profile.ts';
import { updateUser } from './update-user.ts';
import { createUserSchema, passwordSchema, updateUserSchema } from './user-input.ts';
import { toUserView } from './user-view.ts';
import { findUserById, listUsers } from './users.repo.ts';

export async function identityRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config, db } = fastify;

  app.get('/api/setup', { config: { access: 'public' } }, async () => ({
    needed: (await countAccounts(db.kysely)) === 0,
  }));

  app.post('/api/setup', { config: { access: 'public' }, schema: { body: createAccountSchema } }, async (request, reply) => {
    const { account, owner } = await runFirstSetup(db, request.body);
    const session = await startSession(db, owner, config.sessionTtlHours, request.headers['user-agent'] ?? null);
    setSessionCookie(reply, config, session.token, session.expiresAt);
    return sessionInfo(db.kysely, account, owner, session.csrfToken);
  });

  app.post(
    '/api/session',
    {
      config: {
        access: 'account',
        rateLimit: {
          max: config.signInMaxAttempts,
          timeWindow: config.signInWindowSeconds * 1000,
          hook: 'preHandler',
          keyGenerator: (request) => {
            const email = String((request.body as { email?: unknown } | undefined)?.email ?? '').trim().toLowerCase();
            return `sign-in:${request.account?.id}:${request.ip}:${email}`;
          },
        },
      },
      schema: { body: signInSchema },
    },
    async (request, reply) => {
      const account = request.account!;
      const { user, session } = await signIn(db, account, request.body, {
        ttlHours: config.sessionTtlHours,
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, config, session.token, session.expiresAt);
      return sessionInfo(db.kysely, account, user, session.csrfToken);
    },
  );

  app.get('/api/session', async (request) => sessionInfo(db.kysely, request.account!, request.actor!, request.session!.csrfToken));

  app.delete('/api/session', async (request, reply) => {
    await signOut(db, request.session!.tokenHash);
    await request.server.realtime.recheckUser(request.actor!.id); // this session's sockets end too
    clearSessionCookie(reply, config);
    return reply.status(204).send();
  });

  app.patch('/api/me', { schema: { body: ownProfileSchema } }, async (request) => ({
    user: toUserView(await updateOwnProfile(opContext(request), request.body)),
  }));

  app.get('/api/users', async (request) => ({
    users: (await listUsers(db.kysely, request.account!.id)).map(toUserView),
  }));

  app.post('/api/users', { schema: { body: createUserSchema } }, async (request) => ({
    user: toUserView(await createUser(opContext(request), request.body)),
  }));

  app.get('/api/users/:id', { schema: { params: idParams } }, async (request) => {
    const user = await findUserById(db.kysely, request.account!.id, request.params.id);
    if (!user) throw new AppError(404, 'not_found', 'That user was not found.');
    return { user: toUserView(user) };
  });

  // Sockets of a changed user are checked again at once (roles, deactivation, sessions ended).
  app.patch('/api/users/:id', { schema: { params: idParams, body: updateUserSchema } }, async (request) => {
    const user = await updateUser(opContext(request), request.params.id, request.body);
    await request.server.realtime.recheckUser(user.id);
    return { user: toUserView(user) };
  });

  app.post('/api/users/:id/deactivate', { schema: { params: idParams } }, async (request) => {
    const user = await deactivateUser(opContext(request), request.params.id);
    await request.server.realtime.recheckUser(user.id);
    return { user: toUserView(user) };
  });

  app.post('/api/users/:id/reactivate', { schema: { params: idParams } }, async (request) => ({
    user: toUserView(await reactivateUser(opContext(request), request.params.id)),
  }));

  app.post(
    '/api/users/:id/password',
    { schema: { params: idParams, body: z.object({ password: passwordSchema }) } },
    async (request, reply) => {
      await resetUserPassword(opContext(request), request.params.id, request.body.password);
      await request.server.realtime.recheckUser(request.params.id);
      return reply.status(204).send();
    },
  );
}
