import { invalidParam } from '../records/apply-list-request.ts';
import type { ListRequest } from '../records/list-request.ts';

/**
 * The `resource_type` / `resource_id` filters of a list of things attached to records: the type must
 * be one this list holds, and some lists take the two only together.
 */
export function checkResourceFilter(request: ListRequest, types: readonly string[], together: boolean) {
  const { resource_type: type, resource_id: id } = request.equals;
  if (type !== undefined && !types.includes(String(type))) {
    throw invalidParam('resource_type', `must be one of ${types.join(', ')}, given: ${String(type)}`);
  }
  if (together && (type === undefined) !== (id === undefined)) {
    const missing = type === undefined ? 'resource_type' : 'resource_id';
    throw invalidParam(missing, 'resource_type and resource_id filter together: send both or neither.');
  }
}
