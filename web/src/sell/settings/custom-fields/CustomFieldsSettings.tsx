import { useState } from 'react';
import { Button, Modal, SegmentedControl, Stack } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../ConfirmDeleteModal';
import { EmptyStatePanel } from '../../../ui/EmptyStatePanel';
import { useNotify } from '../../../ui/useNotify';
import type { CustomFieldDefinition, ResourceType } from '../../api/types';
import { useCustomFieldDefinitions } from '../../data/useCustomFieldDefinitions';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { AdminOnlyNotice } from '../AdminOnlyNotice';
import { SettingsPageHeader } from '../SettingsPageHeader';
import { useIsSellAdmin } from '../useIsSellAdmin';
import { CustomFieldForm } from './CustomFieldForm';
import { CustomFieldsTable } from './CustomFieldsTable';
import { useCustomFieldMutations } from './useCustomFieldMutations';

/** The extra fields each record type carries, by type. */
export function CustomFieldsSettings() {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const admin = useIsSellAdmin();
  const [resource, setResource] = useState<ResourceType>('lead');
  const fields = useCustomFieldDefinitions(resource);
  const { remove } = useCustomFieldMutations(resource);
  const [editing, setEditing] = useState<CustomFieldDefinition | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CustomFieldDefinition | null>(null);
  const addButton = admin && (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
      {t('settings.customFields.add')}
    </Button>
  );
  return (
    <>
      <SettingsPageHeader title={t('settings.sections.custom-fields.title')} description={t('settings.sections.custom-fields.description')} actions={addButton} />
      <Stack gap="md">
        {!admin && <AdminOnlyNotice />}
        <SegmentedControl
          aria-label={t('settings.customFields.recordType')}
          data={(['lead', 'contact', 'deal'] as const).map((value) => ({ value, label: t(`settings.customFields.resources.${value}`) }))}
          value={resource}
          onChange={(value) => setResource(value as ResourceType)}
          w="fit-content"
        />
        {fields.isError && <LoadErrorAlert title={t('settings.loadFailed')} error={fields.error} onRetry={() => void fields.refetch()} />}
        {fields.data?.length === 0 ? (
          <EmptyStatePanel
            icon={<IconAdjustmentsHorizontal size={28} stroke={1.5} />}
            color="teal"
            title={t('settings.customFields.emptyTitle', { resource: t(`settings.customFields.resources.${resource}`) })}
            description={t('settings.customFields.emptyDescription')}
            actions={addButton || undefined}
          />
        ) : (
          !fields.isError && (
            <CustomFieldsTable
              resource={resource}
              fields={fields.data}
              loading={fields.isPending}
              editable={admin}
              onEdit={setEditing}
              onDelete={setDeleting}
            />
          )
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('settings.customFields.newTitle', { resource: t(`settings.customFields.resources.${resource}`) }) : t('settings.customFields.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing !== null && (
          <CustomFieldForm
            resource={resource}
            field={editing === 'new' ? null : editing}
            onCancel={() => setEditing(null)}
            onDone={(field) => {
              notify.success(editing === 'new' ? t('settings.added', { name: field.name }) : t('settings.saved', { name: field.name }));
              setEditing(null);
            }}
          />
        )}
      </Modal>
      <ConfirmDeleteModal item={deleting} itemLabel={t('settings.sections.custom-fields.item')} warning={t('settings.customFields.deleteWarning', { name: deleting?.name ?? '' })} remove={remove} onClose={() => setDeleting(null)} />
    </>
  );
}
