import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '../api/types';
import { useSellFormat } from '../format/useSellFormat';
import { EmailLink, PhoneLink, WebLink } from './ContactLinks';
import { DimmedDash } from './DimmedDash';

/** A custom field's value, shown the way its type reads best. */
export function CustomFieldValue({ definition, value }: { definition: CustomFieldDefinition; value: unknown }) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <DimmedDash />;
  }
  const text = String(value);
  switch (definition.type) {
    case 'bool':
      return <Text size="sm">{value === true ? t('common.yes') : t('common.no')}</Text>;
    case 'number':
      return <Text size="sm">{typeof value === 'number' ? format.number(value) : text}</Text>;
    case 'date':
      return <Text size="sm">{format.date(text)}</Text>;
    case 'datetime':
      return <Text size="sm">{format.dateTime(text)}</Text>;
    case 'email':
      return <EmailLink value={text} />;
    case 'phone':
      return <PhoneLink value={text} />;
    case 'url':
      return <WebLink value={text} />;
    case 'multi_select_list':
      return (
        <Group gap={4}>
          {(Array.isArray(value) ? value : [value]).map((choice) => (
            <Badge key={String(choice)} variant="light" color="gray" tt="none" radius="sm">
              {String(choice)}
            </Badge>
          ))}
        </Group>
      );
    case 'text':
      return (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {text}
        </Text>
      );
    default:
      return <Text size="sm">{text}</Text>;
  }
}
