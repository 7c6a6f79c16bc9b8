import { decideOwner, ownerOptions, type OwnerDecision, type OwnerRuleInput, type OwnerWarning } from '../owners/owner-rules.ts';

/**
 * B-2: the owner of a lead made from an offline message, by the rules of Create lead (S-16 … S-18,
 * O-3, O-4) with nobody there to pick: one entry gets it (a pool by its rotation); several, or S-17,
 * give it to the first configured entry that can take it; with none, to the topmost manager (S-18 as
 * under S-13: no agent created it), else the Sell user the Sell app acts as.
 */
export function offlineMessageOwner(rules: OwnerRuleInput): OwnerDecision & { warnings: OwnerWarning[] } {
  const input: OwnerRuleInput = { ...rules, accessMode: 'all_agents' };
  const options = ownerOptions(input);
  if (options.default) return decideOwner(input, null);
  return decideOwner(input, options.choices.find((c) => c.configured) ?? options.choices[0] ?? null);
}
