import type { Updateable } from 'kysely';
import { nowIso } from '../../../platform/db/time.ts';
import { appendEvent } from '../../../platform/events/append-event.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { checkInstallRules } from '../../../marketplace/index.ts';
import { requireSellAdmin } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import type { UserRow } from '../../../platform/identity/users.repo.ts';
import '../sell-chat-events.ts';
import type { SellChatTables } from '../sell-chat-tables.ts';
import { checkSettingsPatch } from './check-settings-patch.ts';
import { DEFAULT_SETTINGS, loadSettings } from './integration-settings.ts';
import { presentSettings, type SettingsAnswer } from './present-settings.ts';
import { settingsPatchSchema, type SettingsPatch } from './settings-input.ts';
import { replaceOwnerEntryRows, upsertSettingsRow } from './settings.repo.ts';

const flag = (v: boolean) => (v ? 1 : 0);

/**
 * Saves the settings sent, and only those: the page saves each one as it changes (S-15). Sell admins
 * only (S-4). The change is announced so agents' open cards follow (e.g. a new access mode).
 */
export async function updateSettings(ctx: IntegrationContext, raw: SettingsPatch): Promise<SettingsAnswer> {
  const admin = await requireSellAdmin(ctx, 'change the Chat integration settings');
  const patch = settingsPatchSchema.parse(raw);
  if (patch.enabled === true) await requirePrerequisites(ctx, admin);
  const current = await loadSettings(ctx.tables, ctx.account.id);
  const checked = await checkSettingsPatch(ctx, { ...ctx, actor: admin }, current, patch);
  if (checked.errors.length) throw new AppError(422, 'validation_failed', 'Some fields are not valid.', checked.errors);

  const changes: Updateable<SellChatTables['sell_chat_settings']> = {};
  if (patch.enabled !== undefined) changes.enabled = flag(patch.enabled);
  if (patch.accessMode !== undefined) changes.access_mode = patch.accessMode;
  if (patch.assignStatusId !== undefined) changes.assign_status_id = patch.assignStatusId;
  if (patch.assignSourceId !== undefined) changes.assign_source_id = patch.assignSourceId;
  if (checked.sourceId !== undefined) changes.assign_source_id = checked.sourceId;
  if (patch.allowAnyOwner !== undefined) changes.allow_any_owner = flag(patch.allowAnyOwner);
  if (patch.pastChatsEnabled !== undefined) changes.past_chats_enabled = flag(patch.pastChatsEnabled);
  if (patch.offlineLeadsEnabled !== undefined) changes.offline_leads_enabled = flag(patch.offlineLeadsEnabled);
  const changed = [...Object.keys(patch).map((k) => (k === 'assignSourceName' ? 'assignSourceId' : k))];
  const now = nowIso();

  await ctx.tables.transaction().execute(async (trx) => {
    const stamp = { updated_at: now, updated_by_id: admin.id };
    const defaults = {
      account_id: ctx.account.id,
      enabled: flag(DEFAULT_SETTINGS.enabled),
      access_mode: DEFAULT_SETTINGS.accessMode,
      assign_status_id: DEFAULT_SETTINGS.assignStatusId,
      assign_source_id: DEFAULT_SETTINGS.assignSourceId,
      allow_any_owner: flag(DEFAULT_SETTINGS.allowAnyOwner),
      past_chats_enabled: flag(DEFAULT_SETTINGS.pastChatsEnabled),
      offline_leads_enabled: flag(DEFAULT_SETTINGS.offlineLeadsEnabled),
    };
    await upsertSettingsRow(trx, { ...defaults, ...changes, ...stamp }, { ...changes, ...stamp });
    if (patch.ownerEntries !== undefined) await replaceOwnerEntryRows(trx, ctx.account.id, patch.ownerEntries);
    const after = await loadSettings(trx, ctx.account.id);
    await appendEvent(trx, ctx.account.id, 'sell_chat.settings_changed', {
      accountId: ctx.account.id,
      actorId: admin.id,
      changed,
      accessMode: after.accessMode,
      enabled: after.enabled,
    });
  });
  return presentSettings(ctx, admin, await loadSettings(ctx.tables, ctx.account.id));
}

/**
 * Enabling is an entry point like the Marketplace (issue: prerequisites at every entry point): Sell on
 * the platform (S-1) and Chat on Team or higher (S-2), refused with the Marketplace's own messages.
 */
async function requirePrerequisites(ctx: IntegrationContext, admin: UserRow): Promise<void> {
  const failures = await checkInstallRules({ db: ctx.db, account: ctx.account, actor: admin }, { product: 'sell', requires: ['sell_platform', 'chat_team_plan'] }, { scope: 'install' });
  if (failures.length === 0) return;
  throw new AppError(403, 'prerequisites_not_met', `The Chat integration cannot be enabled yet. ${failures.map((f) => f.message).join(' ')}`, undefined, undefined, { failures });
}
