import { Command, Option } from 'commander';
import { ZodError } from 'zod';
import '../platform/zod-messages.ts';
import { loadConfig } from '../config.ts';
import { createAccount } from '../platform/accounts/create-account.ts';
import { AppError } from '../platform/http/app-error.ts';
import { createUser } from '../platform/identity/create-user.ts';
import { resetUserPassword } from '../platform/identity/reset-user-password.ts';
import { chatRoles, sellRoles, supportRoles } from '../platform/identity/roles.ts';
import { findUserByEmail } from '../platform/identity/users.repo.ts';
import { createPersonalToken } from '../platform/tokens/create-personal-token.ts';
import { registerOAuthClient } from '../platform/oauth/index.ts';
import { CliError, systemContext } from './account-context.ts';
import { openDatabase } from './open-database.ts';
import type { Db } from '../platform/db/connect.ts';

/** `npm run tandem -- COMMAND`: admin commands over the same operations the server uses. */
const program = new Command('tandem').description('Tandem admin command line').showHelpAfterError();

function withDb(action: (db: Db, options: any) => Promise<void>) {
  return async (options: unknown) => {
    const db = await openDatabase(loadConfig());
    try {
      await action(db, options);
    } finally {
      await db.close();
    }
  };
}

program
  .command('account:create')
  .description('create an account and its owner (Sell admin, Chat owner, Support admin)')
  .requiredOption('--subdomain <subdomain>', 'e.g. acme, for acme.localhost:3000')
  .requiredOption('--name <name>', 'the organisation name')
  .requiredOption('--owner-name <name>', "the owner's full name")
  .requiredOption('--email <email>', "the owner's email")
  .requiredOption('--password <password>', "the owner's password (8 characters or more)")
  .addOption(new Option('--sell-kind <kind>').choices(['platform', 'legacy']).default('platform'))
  .addOption(new Option('--chat-plan <plan>').choices(['lite', 'team', 'professional', 'enterprise']).default('team'))
  .addOption(new Option('--chat-version <version>').choices(['phase3', 'phase4']).default('phase4'))
  .action(
    withDb(async (db, o) => {
      const { account, owner } = await createAccount(db, {
        subdomain: o.subdomain,
        accountName: o.name,
        ownerName: o.ownerName,
        email: o.email,
        password: o.password,
        sellKind: o.sellKind,
        chatPlan: o.chatPlan,
        chatVersion: o.chatVersion,
      });
      console.log(`Created account "${account.name}" (${account.subdomain}) with owner ${owner.email}.`);
    }),
  );

program
  .command('account:list')
  .description('list the accounts of this install')
  .action(
    withDb(async (db) => {
      const rows = await db.kysely.selectFrom('accounts').select(['subdomain', 'name', 'is_default']).orderBy('id').execute();
      if (rows.length === 0) console.log('No accounts yet. Open the server in a browser to run setup, or use account:create.');
      for (const r of rows) console.log(`${r.subdomain}\t${r.name}${r.is_default ? '\t(default)' : ''}`);
    }),
  );

program
  .command('user:create')
  .description('add a user to an account')
  .requiredOption('--account <subdomain>')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--password <password>')
  .addOption(new Option('--sell-role <role>').choices([...sellRoles]).default('none'))
  .option('--full-access', 'Sell: sees every record', false)
  .option('--reports-to <email>', "Sell: the manager's email")
  .addOption(new Option('--chat-role <role>').choices(chatRoles.filter((r) => r !== 'owner')).default('none'))
  .addOption(new Option('--support-role <role>').choices([...supportRoles]).default('none'))
  .action(
    withDb(async (db, o) => {
      const ctx = await systemContext(db, o.account);
      let reportsToId: number | null = null;
      if (o.reportsTo) {
        const manager = await findUserByEmail(db.kysely, ctx.account.id, o.reportsTo);
        if (!manager) throw new CliError(`No user ${o.reportsTo} in ${o.account}.`);
        reportsToId = manager.id;
      }
      const user = await createUser(ctx, {
        name: o.name,
        email: o.email,
        password: o.password,
        sellRole: o.sellRole,
        sellFullAccess: o.fullAccess,
        reportsToId,
        chatRole: o.chatRole,
        supportRole: o.supportRole,
      });
      console.log(`Added ${user.name} <${user.email}> to ${o.account}.`);
    }),
  );

program
  .command('user:reset-password')
  .description("set a user's password and sign them out everywhere")
  .requiredOption('--account <subdomain>')
  .requiredOption('--email <email>')
  .requiredOption('--password <password>')
  .action(
    withDb(async (db, o) => {
      const ctx = await systemContext(db, o.account);
      const user = await findUserByEmail(db.kysely, ctx.account.id, o.email);
      if (!user) throw new CliError(`No user ${o.email} in ${o.account}.`);
      await resetUserPassword(ctx, user.id, o.password);
      console.log(`New password set for ${user.email}; their sessions have ended.`);
    }),
  );

program
  .command('token:create')
  .description('create a personal access token for the Sell API (printed once)')
  .requiredOption('--account <subdomain>')
  .requiredOption('--email <email>', 'the user the token acts for')
  .option('--name <name>', 'what the token is for', 'Command line')
  .option('--scopes <scopes>', 'space- or comma-separated: read write profile sync', 'read write profile sync')
  .action(
    withDb(async (db, o) => {
      const ctx = await systemContext(db, o.account);
      const user = await findUserByEmail(db.kysely, ctx.account.id, o.email);
      if (!user) throw new CliError(`No user ${o.email} in ${o.account}.`);
      const scopes = String(o.scopes).split(/[\s,]+/).filter(Boolean);
      const { token } = await createPersonalToken(ctx, { name: o.name, scopes: scopes as never }, user.id);
      console.log(token);
      console.error(`Token for ${user.email} with scopes: ${scopes.join(' ')}. Keep it secret: it is not shown again.`);
    }),
  );

program
  .command('oauth:client-create')
  .description('register an OAuth application in an account (its id and secret are printed once)')
  .requiredOption('--account <subdomain>')
  .requiredOption('--name <name>', 'what users see in the Authorize application dialog')
  .requiredOption('--redirect-uri <uri>', 'an exact redirect URI; repeat the option for more', (uri: string, earlier: string[] = []) => [...earlier, uri])
  .option('--public', 'a public client: no secret, PKCE required (browser and mobile apps)', false)
  .action(
    withDb(async (db, o) => {
      const ctx = await systemContext(db, o.account);
      const { client, secret } = await registerOAuthClient(db.kysely, ctx.account.id, { name: o.name, redirectUris: o.redirectUri, public: o.public });
      console.log(`client_id: ${client.clientId}`);
      if (secret) console.log(`client_secret: ${secret}`);
      console.error(
        `Registered "${client.name}" in ${ctx.account.subdomain} as a ${client.isPublic ? 'public client (PKCE required)' : 'confidential client'}.` +
          (secret ? ' Keep the secret safe: it is not shown again.' : ''),
      );
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CliError) console.error(error.message);
  else if (error instanceof ZodError) console.error(error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
  else if (error instanceof AppError) {
    console.error(error.message);
    for (const f of error.fields ?? []) console.error(`  ${f.field}: ${f.message}`);
  } else console.error(error);
  process.exitCode = 1;
});
