import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';

interface AddNameFormProps {
  label: string;
  placeholder: string;
  onAdd: (name: string) => Promise<unknown>;
}

/** One input and an Add button, for lists that are just names. */
export function AddNameForm({ label, placeholder, onAdd }: AddNameFormProps) {
  const { t } = useTranslation('sell');
  const errorMessage = useApiErrorMessage();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name.trim()) {
          setError(t('settings.nameRequired'));
          return;
        }
        setSaving(true);
        try {
          await onAdd(name.trim());
          setName('');
          setError(null);
        } catch (failure) {
          setError(isApiError(failure) && failure.fields[0] ? failure.fields[0].message : errorMessage(failure));
        } finally {
          setSaving(false);
        }
      }}
    >
      <Group gap="xs" align="flex-start">
        <TextInput
          aria-label={label}
          placeholder={placeholder}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            if (error) setError(null);
          }}
          error={error}
          style={{ flex: 1, maxWidth: 360 }}
        />
        <Button type="submit" variant="light" loading={saving} leftSection={<IconPlus size={16} aria-hidden="true" />}>
          {t('settings.add')}
        </Button>
      </Group>
    </form>
  );
}
