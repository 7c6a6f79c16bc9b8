import type { ReactNode } from 'react';
import type { CustomFieldDefinition, CustomValues, ResourceType } from '../api/types';
import { CollaboratorsCard } from '../collaborators/CollaboratorsCard';
import { ActivityCard } from '../feed/ActivityCard';
import { RecordTasksCard } from '../tasks/RecordTasksCard';
import { CustomFieldsCard } from './CustomFieldsCard';
import { RecordPageGrid } from './RecordPageGrid';

interface RecordPageBodyProps {
  resource: ResourceType;
  record: { id: number; owner_id: number | null; custom_fields: CustomValues };
  /** The record type's own cards, above the custom fields and collaborators every record has. */
  details: ReactNode;
  /** Contacts: some custom fields apply to people only, some to organizations only. */
  customFieldApplies?: (definition: CustomFieldDefinition) => boolean;
}

/** Under a lead, contact or deal page's header: its cards on the left, its tasks and activity on the right. */
export function RecordPageBody({ resource, record, details, customFieldApplies }: RecordPageBodyProps) {
  return (
    <RecordPageGrid
      details={
        <>
          {details}
          <CustomFieldsCard resource={resource} values={record.custom_fields} appliesTo={customFieldApplies} />
          <CollaboratorsCard resource={resource} id={record.id} ownerId={record.owner_id} />
        </>
      }
      activity={
        <>
          <RecordTasksCard resource={resource} id={record.id} />
          <ActivityCard resource={resource} id={record.id} />
        </>
      }
    />
  );
}
