import { useEffect, useState } from 'react';
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ListSearchInputProps {
  value: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder: string;
}

/** Free-text search (`q`), sent a moment after typing stops. */
export function ListSearchInput({ value, onSearch, label, placeholder }: ListSearchInputProps) {
  const { t } = useTranslation('sell');
  const [text, setText] = useState(value);
  const send = useDebouncedCallback(onSearch, 300);
  // The address bar can change the search too (Back, a shared link).
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} aria-hidden="true" />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('list.clearSearch')}
            onClick={() => {
              setText('');
              onSearch('');
            }}
          />
        ) : null
      }
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        send(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(text);
      }}
      w={300}
    />
  );
}
