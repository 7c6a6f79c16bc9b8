import { ActionIcon, Badge, Group, Paper, Skeleton, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition, ResourceType } from '../../api/types';
import { DimmedDash } from '../../records/DimmedDash';
import { DeleteItemButton } from '../DeleteItemButton';

interface CustomFieldsTableProps {
  resource: ResourceType;
  fields: CustomFieldDefinition[] | undefined;
  loading: boolean;
  editable: boolean;
  onEdit: (field: CustomFieldDefinition) => void;
  onDelete: (field: CustomFieldDefinition) => void;
}

const MAX_CHOICES_SHOWN = 5;

export function CustomFieldsTable({ resource, fields, loading, editable, onEdit, onDelete }: CustomFieldsTableProps) {
  const { t } = useTranslation('sell');
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table verticalSpacing="sm" horizontalSpacing="md" aria-label={t('settings.sections.custom-fields.title')} data-testid="custom-fields-table">
        <Table.Thead bg="var(--mantine-color-gray-0)">
          <Table.Tr>
            <Table.Th>{t('settings.customFields.name')}</Table.Th>
            <Table.Th>{t('settings.customFields.type')}</Table.Th>
            <Table.Th>{t('settings.customFields.choices')}</Table.Th>
            <Table.Th>{t('settings.customFields.filterableShort')}</Table.Th>
            {resource === 'contact' && <Table.Th>{t('settings.customFields.appliesTo')}</Table.Th>}
            {editable && (
              <Table.Th>
                <VisuallyHidden>{t('settings.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Skeleton height={14} width="50%" />
              </Table.Td>
            </Table.Tr>
          )}
          {fields?.map((field) => (
            <Table.Tr key={field.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {field.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray" tt="none" radius="sm">
                  {t(`settings.customFields.types.${field.type}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {field.choices.length === 0 ? (
                  <DimmedDash />
                ) : (
                  <Group gap={4}>
                    {field.choices.slice(0, MAX_CHOICES_SHOWN).map((choice) => (
                      <Badge key={choice.id} variant="outline" color="gray" tt="none" radius="sm" fw={500}>
                        {choice.name}
                      </Badge>
                    ))}
                    {field.choices.length > MAX_CHOICES_SHOWN && (
                      <Text size="xs" c="dimmed">
                        {t('settings.customFields.moreChoices', { count: field.choices.length - MAX_CHOICES_SHOWN })}
                      </Text>
                    )}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>
                {field.filterable ? (
                  <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label={t('common.yes')} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('common.no')}
                  </Text>
                )}
              </Table.Td>
              {resource === 'contact' && (
                <Table.Td>
                  <Text size="sm">
                    {[field.for_contact !== false && t('settings.customFields.forPeople'), field.for_organisation !== false && t('settings.customFields.forOrganizations')]
                      .filter(Boolean)
                      .join(', ')}
                  </Text>
                </Table.Td>
              )}
              {editable && (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Tooltip label={t('records.edit')} withArrow>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('settings.editItem', { name: field.name })} onClick={() => onEdit(field)}>
                        <IconPencil size={16} aria-hidden="true" />
                      </ActionIcon>
                    </Tooltip>
                    <DeleteItemButton name={field.name} onClick={() => onDelete(field)} />
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
