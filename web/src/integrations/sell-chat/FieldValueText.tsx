import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CardField } from './api/types';

const SAFE_URL = /^https?:\/\//i;

/** One card value shown by its type: a mail or phone link, a date in the reader's language, a list as chips. */
export function FieldValueText({ field }: { field: CardField }) {
  const { t, i18n } = useTranslation('sellChat');
  const { value } = field;
  if (value === null || value === '') {
    return (
      <Text size="sm" c="dimmed">
        {t('fields.empty')}
      </Text>
    );
  }
  if (Array.isArray(value)) {
    return (
      <Group gap={4}>
        {value.map((item) => (
          <Badge key={item} size="sm" variant="light" color="gray" tt="none">
            {item}
          </Badge>
        ))}
      </Group>
    );
  }
  if (typeof value === 'boolean') return <Text size="sm">{value ? t('fields.yes') : t('fields.no')}</Text>;
  const text = String(value);
  if (field.type === 'email') return <Anchor size="sm" href={`mailto:${text}`}>{text}</Anchor>;
  if (field.type === 'phone') return <Anchor size="sm" href={`tel:${text.replace(/[^\d+]/g, '')}`}>{text}</Anchor>;
  if (field.type === 'url' && SAFE_URL.test(text)) {
    return (
      <Anchor size="sm" href={text} target="_blank" rel="noopener noreferrer">
        {text}
      </Anchor>
    );
  }
  if ((field.type === 'date' || field.type === 'datetime') && !Number.isNaN(Date.parse(text))) {
    const options: Intl.DateTimeFormatOptions = field.type === 'date' ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' };
    return <Text size="sm">{new Intl.DateTimeFormat(i18n.language, options).format(new Date(text))}</Text>;
  }
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}
