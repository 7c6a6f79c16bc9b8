import { AppError } from '../../../platform/http/app-error.ts';
import type { AccessMode, OwnerEntryKind } from '../sell-chat-tables.ts';

/** A user or a distribution pool that could own a lead made from a chat, and whether it can take one now. */
export type OwnerCandidate = {
  kind: OwnerEntryKind;
  id: number;
  name: string;
  /** Null when it can take a lead; otherwise why not (O-4). */
  unavailable: null | 'deleted' | 'deactivated' | 'no_sell_seat' | 'no_active_member' | 'not_a_lead_pool';
};

export type OwnerRef = { kind: OwnerEntryKind; id: number };

export type OwnerRuleInput = {
  accessMode: AccessMode;
  /** The configured entries (S-16), in the admin's order. */
  entries: OwnerCandidate[];
  /** S-17 */
  allowAnyOwner: boolean;
  /** The agent creating the lead (a Sell user under S-12). */
  agent: { id: number; name: string };
  /** A-2's topmost manager, with whether they can own records. */
  topmostManager: OwnerCandidate | null;
  /** The Sell user the integration acts as: the last resort when nobody else can own the lead. */
  actingUser: { id: number; name: string };
  /** S-17: every Sell user and lead pool that can take a lead. Only read when allowAnyOwner is set. */
  everyone: OwnerCandidate[];
};

/** Which rule named the owner: the card and the lead's feed say why. */
export type OwnerRule = 'creating_agent' | 'topmost_manager' | 'acting_user' | 'only_entry' | 'picked_entry' | 'picked_any';

export type OwnerDecision = { owner: OwnerRef; name: string; rule: OwnerRule };

export type OwnerWarning = { code: string; message: string; entry?: OwnerRef };

export type OwnerChoice = OwnerRef & { name: string; configured: boolean };

/** What the agent is offered before creating a lead. */
export type OwnerOptions = {
  /** fixed: nothing to pick; pick_entry: one of several entries (S-16); pick_any: anyone (S-17). */
  mode: 'fixed' | 'pick_entry' | 'pick_any';
  /** The owner when the agent picks nothing; null when a pick is required. */
  default: OwnerDecision | null;
  required: boolean;
  choices: OwnerChoice[];
  warnings: OwnerWarning[];
};

const WHY: Record<NonNullable<OwnerCandidate['unavailable']>, string> = {
  deleted: 'was deleted',
  deactivated: 'is deactivated',
  no_sell_seat: 'has no Sell seat',
  no_active_member: 'has no active member',
  not_a_lead_pool: 'does not distribute leads',
};

const label = (c: Pick<OwnerCandidate, 'kind' | 'name'>) => (c.kind === 'pool' ? `Pool "${c.name}"` : c.name);
const ref = (c: OwnerRef): OwnerRef => ({ kind: c.kind, id: c.id });
const same = (a: OwnerRef, b: OwnerRef) => a.kind === b.kind && a.id === b.id;

/** S-18 (with O-4's fallback): the creating agent under S-12, the topmost manager under S-13. */
function defaultOwner(input: OwnerRuleInput, warnings: OwnerWarning[]): OwnerDecision {
  if (input.accessMode === 'sell_users') return { owner: { kind: 'user', id: input.agent.id }, name: input.agent.name, rule: 'creating_agent' };
  const top = input.topmostManager;
  if (top && top.unavailable === null) return { owner: ref(top), name: top.name, rule: 'topmost_manager' };
  warnings.push({
    code: 'topmost_manager_unavailable',
    message: top
      ? `The topmost manager, ${top.name}, ${WHY[top.unavailable!]}, so leads go to ${input.actingUser.name}, the Sell user the Sell app acts as. A Sell admin can choose another topmost manager.`
      : `There is no topmost manager, so leads go to ${input.actingUser.name}, the Sell user the Sell app acts as.`,
  });
  return { owner: { kind: 'user', id: input.actingUser.id }, name: input.actingUser.name, rule: 'acting_user' };
}

/** Every owner rule of S-16 … S-18, O-3 and O-4, in one place: what the agent may pick and what happens by default. */
export function ownerOptions(input: OwnerRuleInput): OwnerOptions {
  const warnings: OwnerWarning[] = [];
  for (const entry of input.entries) {
    if (entry.unavailable === null) continue;
    warnings.push({
      code: `owner_${entry.unavailable}`,
      message: `${label(entry)} ${WHY[entry.unavailable]}: leads from chat skip it. A Sell admin can remove or replace it under Assign owner.`,
      entry: ref(entry),
    });
  }
  const live = input.entries.filter((e) => e.unavailable === null);
  if (input.entries.length > 0 && live.length === 0) {
    warnings.push({ code: 'owner_fallback', message: 'No configured owner can take leads, so the default owner applies (S-18) until a Sell admin fixes Assign owner.' });
  }
  let fallback: OwnerDecision | null = null;
  if (live.length === 0) fallback = defaultOwner(input, warnings);
  else if (live.length === 1) fallback = { owner: ref(live[0]!), name: live[0]!.name, rule: 'only_entry' };
  const configured: OwnerChoice[] = live.map((e) => ({ ...ref(e), name: e.name, configured: true }));

  if (input.allowAnyOwner) {
    // O-3: S-17 wins over the entries, which are listed first.
    const others = input.everyone.filter((c) => c.unavailable === null && !live.some((e) => same(e, c)));
    return {
      mode: 'pick_any',
      default: fallback,
      required: fallback === null,
      choices: [...configured, ...others.map((c) => ({ ...ref(c), name: c.name, configured: false }))],
      warnings,
    };
  }
  if (fallback) return { mode: 'fixed', default: fallback, required: false, choices: [], warnings };
  return { mode: 'pick_entry', default: null, required: true, choices: configured, warnings };
}

const ownerError = (message: string) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [{ field: 'owner', code: 'incorrect_value', message }]);

/** The owner of the lead the agent is creating, given what they picked (if anything). */
export function decideOwner(input: OwnerRuleInput, choice: OwnerRef | null | undefined): OwnerDecision & { warnings: OwnerWarning[] } {
  const options = ownerOptions(input);
  const names = options.choices.map((c) => label(c)).join(', ');
  if (!choice) {
    if (options.default) return { ...options.default, warnings: options.warnings };
    throw ownerError(`Choose who gets this lead: ${names}.`);
  }
  if (options.mode === 'fixed') {
    const fixed = options.default!;
    if (same(fixed.owner, choice)) return { ...fixed, warnings: options.warnings };
    throw ownerError(`Leads from chat go to ${fixed.name}; agents cannot pick another owner.`);
  }
  const picked = options.choices.find((c) => same(c, choice));
  if (!picked) {
    throw ownerError(
      options.mode === 'pick_entry' ? `Choose one of: ${names}.` : `Choose an active Sell user or a lead distribution pool of this account.`,
    );
  }
  return { owner: ref(picked), name: picked.name, rule: picked.configured ? 'picked_entry' : 'picked_any', warnings: options.warnings };
}
