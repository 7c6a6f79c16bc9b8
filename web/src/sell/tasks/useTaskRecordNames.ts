import type { Contact, Deal, Lead, Task } from '../api/types';
import { contactName, leadName } from '../records/recordNames';
import { useRecordsByIds } from '../records/useRecordsByIds';

/** The names of the records a page of tasks is about, fetched a type at a time. */
export function useTaskRecordNames(tasks: readonly Task[]): (task: Task) => string | undefined {
  const idsOf = (type: Task['resource_type']) =>
    tasks.flatMap((task) => (task.resource_type === type && task.resource_id ? [task.resource_id] : []));
  const leads = useRecordsByIds<Lead>('lead', idsOf('lead'));
  const contacts = useRecordsByIds<Contact>('contact', idsOf('contact'));
  const deals = useRecordsByIds<Deal>('deal', idsOf('deal'));
  return (task) => {
    if (!task.resource_id) return undefined;
    if (task.resource_type === 'lead') {
      const lead = leads.data?.get(task.resource_id);
      return lead ? leadName(lead) : undefined;
    }
    if (task.resource_type === 'contact') {
      const contact = contacts.data?.get(task.resource_id);
      return contact ? contactName(contact) : undefined;
    }
    return task.resource_type === 'deal' ? deals.data?.get(task.resource_id)?.name : undefined;
  };
}
