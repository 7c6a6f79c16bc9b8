import { Checkbox, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomFieldDefinition } from '../api/types';
import type { CustomFieldFormValue } from './customFieldValues';

interface CustomFieldInputProps {
  definition: CustomFieldDefinition;
  value: CustomFieldFormValue;
  onChange: (value: CustomFieldFormValue) => void;
  error?: React.ReactNode;
  onBlur?: () => void;
}

/** The input that suits a custom field's type. */
export function CustomFieldInput({ definition, value, onChange, error, onBlur }: CustomFieldInputProps) {
  const { t } = useTranslation('sell');
  const label = definition.name;
  const text = typeof value === 'string' ? value : '';
  const choices = definition.choices.map((choice) => choice.name);
  switch (definition.type) {
    case 'bool':
      return (
        <Checkbox
          label={label}
          checked={value === true}
          onChange={(event) => onChange(event.currentTarget.checked)}
          error={error}
          mt="lg"
        />
      );
    case 'text':
      return (
        <Textarea label={label} value={text} onChange={(e) => onChange(e.currentTarget.value)} onBlur={onBlur} error={error} autosize minRows={2} maxRows={6} />
      );
    case 'list':
      return (
        <Select label={label} data={choices} value={text || null} onChange={(next) => onChange(next ?? '')} error={error} clearable placeholder={t('forms.none')} />
      );
    case 'multi_select_list':
      return (
        <MultiSelect
          label={label}
          data={choices}
          value={Array.isArray(value) ? value : []}
          onChange={onChange}
          error={error}
          clearable
          searchable
        />
      );
    default: {
      const inputType = {
        number: 'text',
        date: 'date',
        datetime: 'datetime-local',
        email: 'email',
        phone: 'tel',
        url: 'url',
        string: 'text',
      }[definition.type];
      return (
        <TextInput
          label={label}
          type={inputType}
          inputMode={definition.type === 'number' ? 'decimal' : undefined}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          onBlur={onBlur}
          error={error}
          placeholder={definition.type === 'url' ? 'https://' : undefined}
        />
      );
    }
  }
}
