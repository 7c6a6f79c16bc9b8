import { TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ResourceType } from '../api/types';
import { useTagNames } from '../data/useTagNames';

interface RecordTagsInputProps {
  resource: ResourceType;
  value?: string[];
  onChange: (value: string[]) => void;
  error?: React.ReactNode;
}

/** Tags: type a name and press Enter; names already in use are suggested. */
export function RecordTagsInput({ resource, value = [], onChange, error }: RecordTagsInputProps) {
  const { t } = useTranslation('sell');
  const names = useTagNames(resource);
  return (
    <TagsInput
      label={t('fields.tags')}
      description={t('forms.tagsHint')}
      data={names.data ?? []}
      value={value}
      onChange={onChange}
      error={error}
      clearable
      splitChars={[',']}
      maxTags={100}
      comboboxProps={{ keepMounted: false }}
    />
  );
}
