import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldValueText } from '../FieldValueText';
import type { CardField } from '../api/types';
import { useFieldLabel } from '../useFieldLabel';
import classes from './SellCard.module.css';

/** A record's published widget fields (S-21), standard labels in the reader's language. */
export function CardFields({ fields }: { fields: CardField[] }) {
  const { t } = useTranslation('sellChatCard');
  const labelOf = useFieldLabel();
  if (fields.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('noFields')}
      </Text>
    );
  }
  return (
    <dl className={classes.fields} data-testid="sell-card-fields">
      {fields.map((field) => (
        <div key={field.key} className={classes.field} data-field={field.key}>
          <dt className={classes.label}>{labelOf({ key: field.key, label: field.label, custom: field.key.startsWith('custom:') })}</dt>
          <dd className={classes.value}>
            <FieldValueText field={field} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
