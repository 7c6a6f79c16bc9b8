import { Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition, CustomValues, ResourceType } from '../api/types';
import { useCustomFieldDefinitions } from '../data/useCustomFieldDefinitions';
import { CustomFieldValue } from './CustomFieldValue';
import { FieldList } from './FieldList';
import { SectionCard } from './SectionCard';

interface CustomFieldsCardProps {
  resource: ResourceType;
  values: CustomValues;
  /** Contacts: some fields apply to people only, some to organizations only. */
  appliesTo?: (definition: CustomFieldDefinition) => boolean;
}

/** The record's custom fields, each rendered by its type. Hidden when the type has none. */
export function CustomFieldsCard({ resource, values, appliesTo }: CustomFieldsCardProps) {
  const { t } = useTranslation('sell');
  const definitions = useCustomFieldDefinitions(resource);
  if (definitions.isPending) {
    return (
      <SectionCard title={t('records.customFields')}>
        <Skeleton height={14} width="60%" />
      </SectionCard>
    );
  }
  const shown = (definitions.data ?? []).filter((definition) => !appliesTo || appliesTo(definition));
  if (shown.length === 0) {
    if (definitions.isError) {
      return (
        <SectionCard title={t('records.customFields')}>
          <Text size="sm" c="dimmed">
            {t('records.customFieldsUnavailable')}
          </Text>
        </SectionCard>
      );
    }
    return null;
  }
  return (
    <SectionCard title={t('records.customFields')} testId="custom-fields-card">
      <FieldList
        items={shown.map((definition) => ({
          label: definition.name,
          value: <CustomFieldValue definition={definition} value={values[definition.name]} />,
        }))}
      />
    </SectionCard>
  );
}
