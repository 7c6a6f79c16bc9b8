import { useState, type ReactNode } from 'react';
import { ActionIcon, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../ui/ApiError';
import { useApiErrorMessage } from '../../ui/useApiErrorMessage';

interface EditableNameProps {
  name: string;
  /** Saves the new name; a rejected promise keeps the input open with the server's message. */
  onRename: (name: string) => Promise<unknown>;
  disabled: boolean;
  /** Shown after the name (e.g. a "Default" badge). */
  after?: ReactNode;
}

/** A name that turns into an input to rename it: Enter saves, Escape cancels. */
export function EditableName({ name, onRename, disabled, after }: EditableNameProps) {
  const { t } = useTranslation('sell');
  const errorMessage = useApiErrorMessage();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const cancel = () => {
    setEditing(false);
    setValue(name);
    setError(null);
  };
  const save = async () => {
    const next = value.trim();
    if (!next) {
      setError(t('settings.nameRequired'));
      return;
    }
    if (next === name) {
      cancel();
      return;
    }
    setSaving(true);
    try {
      await onRename(next);
      setEditing(false);
      setError(null);
    } catch (failure) {
      setError(isApiError(failure) && failure.fields[0] ? failure.fields[0].message : errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  if (!editing) {
    return (
      <Group gap="xs" wrap="nowrap" miw={0}>
        <Text size="sm" fw={500} truncate>
          {name}
        </Text>
        {after}
        {!disabled && (
          <Tooltip label={t('settings.rename')} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t('settings.renameItem', { name })}
              onClick={() => {
                setValue(name);
                setEditing(true);
              }}
            >
              <IconPencil size={15} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" style={{ flex: 1 }}>
      <TextInput
        aria-label={t('settings.newNameFor', { name })}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void save();
          }
          if (event.key === 'Escape') {
            event.stopPropagation();
            cancel();
          }
        }}
        error={error}
        size="xs"
        autoFocus
        style={{ flex: 1, maxWidth: 320 }}
      />
      <ActionIcon variant="light" size="md" aria-label={t('settings.saveName')} loading={saving} onClick={() => void save()}>
        <IconCheck size={16} aria-hidden="true" />
      </ActionIcon>
      <ActionIcon variant="subtle" color="gray" size="md" aria-label={t('common.cancel')} onClick={cancel}>
        <IconX size={16} aria-hidden="true" />
      </ActionIcon>
    </Group>
  );
}
