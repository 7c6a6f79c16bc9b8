import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OwnerOptions } from './cardTypes';
import { ownerValue } from './ownerValue';

type OwnerPickerProps = {
  options: OwnerOptions;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
};

/**
 * Who will own the new lead: nothing to pick when the rules name one owner (said in words), one of
 * the admin's entries (S-16), or anyone, the admin's entries first (S-17, O-3).
 */
export function OwnerPicker({ options, value, onChange, error }: OwnerPickerProps) {
  const { t } = useTranslation('sellChatCard');
  const fallback = options.default;
  if (options.mode === 'fixed') {
    return (
      <Text size="xs" c="dimmed" data-testid="lead-owner-fixed">
        {fallback ? t(`createLead.ownerRule.${fallback.rule}`, { name: fallback.name }) : null}
      </Text>
    );
  }
  const choice = (c: OwnerOptions['choices'][number]) => ({ value: ownerValue(c), label: c.kind === 'pool' ? t('createLead.pool', { name: c.name }) : c.name });
  const configured = options.choices.filter((c) => c.configured).map(choice);
  const others = options.choices.filter((c) => !c.configured).map(choice);
  const data =
    options.mode === 'pick_any' && configured.length > 0
      ? [
          { group: t('createLead.suggestedOwners'), items: configured },
          { group: t('createLead.everyone'), items: others },
        ].filter((group) => group.items.length > 0)
      : [...configured, ...others];
  return (
    <Select
      size="xs"
      label={t('createLead.owner')}
      placeholder={t('createLead.ownerPlaceholder')}
      description={!options.required && fallback ? t(`createLead.ownerDefault.${fallback.rule}`, { name: fallback.name }) : undefined}
      required={options.required}
      searchable={options.choices.length > 6}
      clearable={!options.required}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      nothingFoundMessage={t('createLead.noOwnerFound')}
      comboboxProps={{ withinPortal: true }}
      data-testid="lead-owner-picker"
    />
  );
}
