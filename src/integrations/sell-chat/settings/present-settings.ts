import { effectiveTopmostManager } from '../../../platform/accounts/account-view.ts';
import type { OpContext } from '../../../platform/context.ts';
import { findUserById, type UserRow } from '../../../platform/identity/users.repo.ts';
import { appConnection, SELL_FOR_CHAT } from '../access/app-connections.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { listPeople } from '../people.repo.ts';
import { ownerRuleInput } from '../owners/owner-rule-input.ts';
import { ownerOptions, type OwnerCandidate, type OwnerRule, type OwnerWarning } from '../owners/owner-rules.ts';
import type { LeadStatusItem, NamedItem } from '../sell/sell-records.ts';
import { sellGateway } from '../sell/sell-gateway.ts';
import { presentWidgets, type WidgetSummary } from '../widgets/present-widgets.ts';
import { elementStatuses } from './element-status.ts';
import type { IntegrationSettings } from './integration-settings.ts';

export type SettingsAnswer = {
  settings: Omit<IntegrationSettings, 'ownerEntries'> & { ownerEntries: OwnerCandidate[] };
  /** What leads made now get: the chosen status, or the list's default (O-2). */
  assignStatus: (LeadStatusItem & { usesDefault: boolean }) | null;
  assignSource: NamedItem | null;
  /** S-18: named on the settings page. */
  topmostManager: { id: number; name: string } | null;
  /** Who owns a lead when no owner entry applies (S-18), as the settings page explains it. */
  ownerDefault: { rule: OwnerRule; name: string | null };
  /** O-4 and friends: things an admin should fix. */
  warnings: OwnerWarning[];
  elements: Awaited<ReturnType<typeof elementStatuses>>;
  /** The pickers' options; null when the viewer has no Sell seat to read them with. */
  choices: { statuses: LeadStatusItem[]; sources: NamedItem[]; users: { id: number; name: string }[]; pools: NamedItem[] } | null;
  widgets: WidgetSummary[];
  canEdit: boolean;
};

/** The settings page's whole answer (S-7 … S-21, O-1 … O-4, B-3's switch), read as `viewer`. */
export async function presentSettings(ctx: IntegrationContext, viewer: UserRow, settings: IntegrationSettings): Promise<SettingsAnswer> {
  const [elements, top, widgets, installer] = await Promise.all([
    elementStatuses(ctx.db, ctx.account.id, settings.pastChatsEnabled),
    effectiveTopmostManager(ctx.db.kysely, ctx.account),
    presentWidgets(ctx),
    installerOf(ctx),
  ]);
  const sellAs = viewer.sell_role !== 'none' && viewer.active === 1 ? { ...ctx, actor: viewer } : null;
  const fromSell = sellAs
    ? await readFromSell(ctx, sellAs, settings, installer ?? viewer)
    : {
        // Without a Sell seat nothing can be read from Sell: the entries by id, the default owner by the mode.
        choices: null,
        assignStatus: null,
        assignSource: null,
        ownerEntries: settings.ownerEntries.map((e) => ({ ...e, name: `#${e.id}`, unavailable: null })),
        ownerDefault: { rule: settings.accessMode === 'sell_users' ? 'creating_agent' : 'topmost_manager', name: top?.name ?? null } as const,
        warnings: [],
      };
  const { ownerEntries: _, ...rest } = settings;
  return {
    ...fromSell,
    settings: { ...rest, ownerEntries: fromSell.ownerEntries },
    topmostManager: top ? { id: top.id, name: top.name } : null,
    elements,
    widgets,
    canEdit: viewer.active === 1 && viewer.sell_role === 'admin',
  };
}

type FromSell = Pick<SettingsAnswer, 'choices' | 'assignStatus' | 'assignSource' | 'ownerDefault' | 'warnings'> & { ownerEntries: OwnerCandidate[] };

/** The parts Sell knows: the pickers' options, what the chosen status and source are now, the owners' state (O-4). */
async function readFromSell(ctx: IntegrationContext, sellAs: OpContext & { actor: UserRow }, settings: IntegrationSettings, actingUser: UserRow): Promise<FromSell> {
  const warnings: OwnerWarning[] = [];
  const [statuses, sources, pools, people, input] = await Promise.all([
    sellGateway.leadStatuses(sellAs),
    sellGateway.leadSources(sellAs),
    sellGateway.leadPools(sellAs),
    listPeople(ctx.tables, ctx.account.id),
    ownerRuleInput(ctx, { ...settings, allowAnyOwner: false }, sellAs.actor, sellAs, actingUser),
  ]);
  const chosen = statuses.find((s) => s.id === settings.assignStatusId);
  const fallback = statuses.find((s) => s.isDefault) ?? statuses[0];
  if (settings.assignStatusId !== null && !chosen) {
    warnings.push({ code: 'status_deleted', message: `The lead status chosen for leads from chat was deleted, so they get the default status${fallback ? `, ${fallback.name}` : ''}.` });
  }
  const assignSource = sources.find((s) => s.id === settings.assignSourceId) ?? null;
  if (settings.assignSourceId !== null && !assignSource) {
    warnings.push({ code: 'source_deleted', message: 'The lead source chosen for leads from chat was deleted, so they get no source until a Sell admin picks another.' });
  }
  const defaultOwner = ownerOptions({ ...input, entries: [] }).default!;
  warnings.push(...ownerOptions(input).warnings);
  return {
    choices: {
      statuses,
      sources,
      users: people.filter((u) => u.active === 1 && u.sell_role !== 'none').map((u) => ({ id: u.id, name: u.name })),
      pools: pools.filter((p) => p.resourceType === 'lead').map((p) => ({ id: p.id, name: p.name })),
    },
    assignStatus: chosen ? { ...chosen, usesDefault: false } : fallback ? { ...fallback, usesDefault: true } : null,
    assignSource,
    ownerEntries: input.entries,
    ownerDefault: { rule: defaultOwner.rule, name: defaultOwner.rule === 'creating_agent' ? null : defaultOwner.name },
    warnings,
  };
}

/** Under "All agents" the Sell app reads as its installer: the fallback owner when the topmost manager cannot own leads. */
async function installerOf(ctx: IntegrationContext): Promise<UserRow | null> {
  const connection = await appConnection(ctx.db, ctx.account.id, SELL_FOR_CHAT);
  if (connection.state !== 'active' || !connection.grant) return null;
  return (await findUserById(ctx.db.kysely, ctx.account.id, connection.grant.userId)) ?? null;
}

