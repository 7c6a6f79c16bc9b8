import type { ReactNode } from 'react';
import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContentLoader } from '../../ui/ContentLoader';
import { useNotify } from '../../ui/useNotify';
import type { CustomFieldDefinition, ResourceType } from '../api/types';
import { useCustomFieldDefinitions } from '../data/useCustomFieldDefinitions';

const SECTION = { lead: 'leads', contact: 'contacts', deal: 'deals' } as const satisfies Record<ResourceType, string>;

/** What the drawer hands its form. */
export interface RecordFormSlot<T> {
  definitions: CustomFieldDefinition[];
  onSaved: (saved: T) => void;
  onCancel: () => void;
}

/** What a lead, contact or deal form takes: the drawer's slot, and the values it starts from. */
export interface RecordFormProps<T, Values> extends RecordFormSlot<T> {
  initialValues: Values;
}

interface RecordFormDrawerProps<T> {
  resource: ResourceType;
  opened: boolean;
  /** null creates a new record. */
  record: T | null;
  /** Whatever else the form needs has arrived (or failed to: the form copes without it). */
  ready?: boolean;
  nameOf: (saved: T) => string;
  onClose: () => void;
  onSaved?: (saved: T) => void;
  children: (slot: RecordFormSlot<T>) => ReactNode;
}

/**
 * The drawer a lead, contact or deal is created or edited in: it opens from the right over the page
 * it came from, waits for the record type's custom fields, and on save says so and closes.
 */
export function RecordFormDrawer<T>({ resource, opened, record, ready = true, nameOf, onClose, onSaved, children }: RecordFormDrawerProps<T>) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const definitions = useCustomFieldDefinitions(resource);
  // Without the definitions the form still works, only without custom fields.
  const fields = definitions.data ?? (definitions.isError ? [] : undefined);
  const section = SECTION[resource];
  const saved = (savedRecord: T) => {
    const name = nameOf(savedRecord);
    notify.success(record ? t(`${section}.saved`, { name }) : t(`${section}.created`, { name }));
    onClose();
    onSaved?.(savedRecord);
  };
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={680}
      padding="xl"
      title={record ? t(`${section}.editTitle`) : t(`${section}.newTitle`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so each opening starts from the record as it is now. */}
      {opened && (fields && ready ? children({ definitions: fields, onSaved: saved, onCancel: onClose }) : <ContentLoader />)}
    </Drawer>
  );
}
