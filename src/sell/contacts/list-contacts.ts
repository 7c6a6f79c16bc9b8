import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { listRecords } from '../records/list-records.ts';
import { sellContext } from '../sell-context.ts';
import { toContactView, type ContactView } from './contact-view.ts';

/** Contacts the actor may see, filtered, sorted and paged. */
export async function listContacts(opCtx: OpContext, request: ListRequest): Promise<ListResult<ContactView>> {
  const ctx = await sellContext(opCtx);
  return listRecords(ctx, { table: 'sell_contacts', resourceType: 'contact', searchColumns: ['name', 'email_lower'] }, peopleOfOrganization(request), toContactView);
}

/**
 * `contact_id=X` asks for the people of organization X. Organizations keep their parent in the same
 * column, so they are left out (asking for organizations and `contact_id` together finds nothing).
 */
function peopleOfOrganization(request: ListRequest): ListRequest {
  if (!('contact_id' in request.equals)) return request;
  return { ...request, equals: { ...request.equals, is_organization: request.equals.is_organization === 1 ? -1 : 0 } };
}
