import { invalid } from '../../platform/http/app-error.ts';
import type { SellContext } from '../sell-context.ts';
import type { ContactRow } from '../sell-tables.ts';
import type { ParsedContactInput } from './contact-input.ts';
import { findContact } from './contacts.repo.ts';
import { loadReferencedContact } from './referenced-contact.ts';

/**
 * The organization a contact sits under, as stored in its `contact_id` column: a person's organization
 * (sent as `contact_id`) or an organization's parent (sent as `parent_organization_id`). It must be an
 * organization the actor sees; an unchanged link is kept without a check, so a PUT of a GET passes.
 */
export async function resolveParentOrganization(ctx: SellContext, isOrganization: boolean, input: ParsedContactInput, current: ContactRow | null) {
  const [field, other] = isOrganization ? (['parent_organization_id', 'contact_id'] as const) : (['contact_id', 'parent_organization_id'] as const);
  if (input[other] !== undefined && input[other] !== null) {
    throw invalid(
      other,
      isOrganization ? 'An organization belongs to no organization; give its parent as parent_organization_id.' : 'A person belongs to an organization through contact_id.',
    );
  }
  const requested = input[field];
  if (requested === undefined) return current?.contact_id ?? null;
  if (requested === null || requested === current?.contact_id) return requested;
  const parent = await loadReferencedContact(ctx, field, requested);
  if (parent.is_organization !== 1) throw invalid(field, `Contact ${requested} is a person; choose an organization.`);
  if (isOrganization && current && (await isUnder(ctx, parent, current.id))) throw invalid(field, 'An organization cannot sit under itself or under one of its own organizations.');
  return requested;
}

/** Whether `organization` is `ancestorId` or sits somewhere below it. */
async function isUnder(ctx: SellContext, organization: ContactRow, ancestorId: number): Promise<boolean> {
  let node: ContactRow | undefined = organization;
  for (let depth = 0; node && depth < 100; depth++) {
    if (node.id === ancestorId) return true;
    node = node.contact_id === null ? undefined : await findContact(ctx.sell, ctx.account.id, node.contact_id);
  }
  return false;
}
