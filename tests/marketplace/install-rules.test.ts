import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatRole, SellRole, SupportRole } from '../../src/platform/identity/roles.ts';
import { createUser } from '../../src/platform/identity/create-user.ts';
import { makeAccount, PASSWORD, type TestApp } from '../support/test-app.ts';
import { installTestApp, signedIn, startMarketplaceApp, storedInstallations, type RecordingClient } from './support/marketplace-world.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startMarketplaceApp();
});
afterAll(() => t.close());

type Roles = { sellRole?: SellRole; chatRole?: ChatRole; supportRole?: SupportRole };

/** An account with the given Chat and Sell set-up; its owner is Sell admin, Chat owner and Support admin. */
async function account(subdomain: string, setup: Record<string, string> = {}, people: Record<string, Roles> = {}) {
  const made = await makeAccount(t, subdomain, setup);
  for (const [name, roles] of Object.entries(people)) {
    await createUser({ db: t.db, account: made.account, actor: null }, { name, email: `${name.toLowerCase().replaceAll(' ', '.')}@${subdomain}.test`, password: PASSWORD, ...roles });
  }
  const as = (name: string) => signedIn(t, `${subdomain}.localhost`, name === 'owner' ? `owner@${subdomain}.test` : `${name.toLowerCase().replaceAll(' ', '.')}@${subdomain}.test`);
  return { ...made, as };
}

const storedAccount = (subdomain: string) => t.db.kysely.selectFrom('accounts').select('id').where('subdomain', '=', subdomain).execute();

/** Tries the install and the check; both must refuse with exactly `codes`, and nothing may be stored. */
async function expectRefused(client: RecordingClient, subdomain: string, appId: string, codes: string[], typed = subdomain) {
  const check = await client.post(`/api/marketplace/apps/${appId}/check`, { subdomain: typed });
  expect(check.statusCode, check.body).toBe(200);
  expect(check.json().ok).toBe(false);
  expect(check.json().failures.map((f: { code: string }) => f.code)).toEqual(codes);

  const res = await client.post('/api/marketplace/installations', { app_id: appId, subdomain: typed, settings: { api_key: 'sk-rules-9876' } });
  expect(res.statusCode, res.body).toBe(403);
  const error = res.json().error;
  expect(error.code).toBe('install_not_allowed');
  expect(error.details.failures).toEqual(check.json().failures);
  expect(await storedInstallations(t, subdomain)).toEqual([]);
  const [row] = await storedAccount(subdomain);
  const events = await t.db.kysely.selectFrom('outbox').select('type').where('account_id', '=', row!.id).where('type', 'like', 'app.%').execute();
  expect(events).toEqual([]);
  const clients = await t.db.kysely.selectFrom('oauth_clients').select('client_id').where('account_id', '=', row!.id).execute();
  expect(clients).toEqual([]);
  return Object.fromEntries(error.details.failures.map((f: { code: string; message: string }) => [f.code, f.message])) as Record<string, string>;
}

describe('install rules (S-1 … S-6, O-11)', () => {
  it('S-3: the typed subdomain must be this account’s', async () => {
    const { as } = await account('subrule');
    const messages = await expectRefused(await as('owner'), 'subrule', 'chat-for-sell', ['wrong_subdomain'], 'someone-else');
    expect(messages.wrong_subdomain).toBe('This is the account at subrule. Type subrule to install here.');
  });

  it('S-4: only a Sell admin installs a Sell app, and the message names the Sell admins', async () => {
    const { as } = await account('sellrule', {}, { 'Rita Rep': { sellRole: 'user' }, 'Adam Admin': { sellRole: 'admin' } });
    const messages = await expectRefused(await as('Rita Rep'), 'sellrule', 'chat-for-sell', ['sell_admin_required']);
    expect(messages.sell_admin_required).toBe('Only a Sell admin can install this app. Ask a Sell admin: Adam Admin, sellrule Owner.');
  });

  it('S-1: a legacy Sell account is told to migrate, and who can', async () => {
    const { as } = await account('legacyrule', { sellKind: 'legacy' }, { 'Adam Admin': { sellRole: 'admin' } });
    const messages = await expectRefused(await as('owner'), 'legacyrule', 'chat-for-sell', ['sell_legacy_account']);
    expect(messages.sell_legacy_account).toBe('Sell is a legacy account; this app needs Sell on the platform, so migrate Sell to the platform first. You can migrate it in Sell settings.');
  });

  it('S-2: Chat on the Lite plan is refused, naming the Chat owner who can change the plan', async () => {
    const { as } = await account('literule', { chatPlan: 'lite', chatVersion: 'phase3' }, { 'Cleo Both': { chatRole: 'admin', supportRole: 'admin', sellRole: 'admin' } });
    const messages = await expectRefused(await as('Cleo Both'), 'literule', 'chat-for-sell', ['chat_plan_too_low']);
    expect(messages.chat_plan_too_low).toBe('Chat is on the Lite plan; Team or higher is needed. The Chat owner, literule Owner, can change the plan.');
  });

  it('S-5: in phase 3 the installer must be both Chat admin and Support admin, and is told what is missing', async () => {
    const { as } = await account('phase3rule', { chatVersion: 'phase3' }, {
      'Cal Chatadmin': { chatRole: 'admin' },
      'Sue Supportadmin': { chatRole: 'agent', supportRole: 'admin' },
      'Ned Neither': { chatRole: 'agent' },
      'Bea Both': { chatRole: 'admin', supportRole: 'admin' },
    });
    let messages = await expectRefused(await as('Cal Chatadmin'), 'phase3rule', 'sell-for-chat', ['chat_admin_and_support_admin_required']);
    expect(messages.chat_admin_and_support_admin_required).toBe(
      'In Chat (phase 3), only someone who is both a Chat admin and a Support admin can install this app. You are not a Support admin. ' +
        'Ask a Support admin: Bea Both, phase3rule Owner, Sue Supportadmin. They can make you a Support admin. Or ask someone who is both: Bea Both, phase3rule Owner.',
    );
    messages = await expectRefused(await as('Sue Supportadmin'), 'phase3rule', 'sell-for-chat', ['chat_admin_and_support_admin_required']);
    expect(messages.chat_admin_and_support_admin_required).toContain('You are not a Chat admin. Ask the Chat owner or a Chat admin: Bea Both, Cal Chatadmin, phase3rule Owner.');
    messages = await expectRefused(await as('Ned Neither'), 'phase3rule', 'sell-for-chat', ['chat_admin_and_support_admin_required']);
    expect(messages.chat_admin_and_support_admin_required).toContain('You are not a Chat admin or a Support admin.');

    // Someone who is both may install in phase 3 (the owner is not required there).
    const both = await as('Bea Both');
    expect((await both.post('/api/marketplace/apps/sell-for-chat/check', { subdomain: 'phase3rule' })).json()).toEqual({ ok: true, failures: [] });
  });

  it('S-6 / O-11: in phase 4 only the Chat owner installs a Chat app; an admin is told who the owner is', async () => {
    const { as } = await account('phase4rule', {}, { 'Cal Chatadmin': { chatRole: 'admin', supportRole: 'admin', sellRole: 'admin' } });
    const messages = await expectRefused(await as('Cal Chatadmin'), 'phase4rule', 'test-app', ['chat_owner_required']);
    expect(messages.chat_owner_required).toBe('Only the Chat account owner can install this app. The Chat owner is phase4rule Owner.');
  });

  it('reports every failing rule at once', async () => {
    const { as } = await account('allrules', { chatPlan: 'lite', sellKind: 'legacy' }, { 'Rita Rep': { sellRole: 'user', chatRole: 'admin' } });
    const rita = await as('Rita Rep');
    await expectRefused(rita, 'allrules', 'chat-for-sell', ['wrong_subdomain', 'sell_admin_required', 'sell_legacy_account', 'chat_plan_too_low'], 'nope');
    await expectRefused(rita, 'allrules', 'sell-for-chat', ['sell_legacy_account', 'chat_plan_too_low', 'chat_owner_required']);
    // The listing carries the same answer (no subdomain typed yet).
    const listing = (await rita.get('/api/marketplace/apps/sell-for-chat')).json();
    expect(listing.can_install.ok).toBe(false);
    expect(listing.can_install.failures.map((f: { code: string }) => f.code)).toEqual(['sell_legacy_account', 'chat_plan_too_low', 'chat_owner_required']);
  });

  it('a plan change counts at once', async () => {
    const { as } = await account('planchange');
    const owner = await as('owner');
    expect((await owner.post('/api/marketplace/apps/sell-for-chat/check', {})).json().ok).toBe(true);
    expect((await owner.patch('/api/account', { chatPlan: 'lite' })).statusCode).toBe(200);
    expect((await owner.post('/api/marketplace/apps/sell-for-chat/check', {})).json().failures.map((f: { code: string }) => f.code)).toEqual(['chat_plan_too_low']);
  });

  it('only those who may install an app may change or remove it', async () => {
    const { as } = await account('managerule', {}, { 'Cal Chatadmin': { chatRole: 'admin', supportRole: 'admin', sellRole: 'admin' } });
    const owner = await as('owner');
    const installed = await installTestApp(owner, 'managerule');
    const cal = await as('Cal Chatadmin');
    const mine = (await cal.get('/api/marketplace/installations')).json().installations;
    expect(mine).toEqual([expect.objectContaining({ id: installed.id, can_manage: false })]);
    expect(mine[0].manage_refusal).toBe('Only the Chat account owner can change or remove this app. The Chat owner is managerule Owner.');
    for (const res of [
      await cal.patch(`/api/marketplace/installations/${installed.id}`, { enabled: false }),
      await cal.request('PUT', `/api/marketplace/installations/${installed.id}/settings`, { settings: { greeting: 'Hi' } }),
      await cal.post(`/api/marketplace/installations/${installed.id}/authorize`),
      await cal.delete(`/api/marketplace/installations/${installed.id}`),
    ]) {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'change_not_allowed', details: { failures: [{ code: 'chat_owner_required' }] } });
      expect(res.json().error.message).toContain('Only the Chat account owner can change or remove this app.');
    }
    expect(await storedInstallations(t, 'managerule')).toEqual([expect.objectContaining({ enabled: 1, status: 'active' })]);
  });
});
