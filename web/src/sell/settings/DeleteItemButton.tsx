import { ActionIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The bin at the end of a settings row; the confirmation is the caller's. */
export function DeleteItemButton({ name, onClick, disabled = false }: { name: string; onClick: () => void; disabled?: boolean }) {
  const { t } = useTranslation('sell');
  return (
    <Tooltip label={t('settings.delete')} withArrow>
      <ActionIcon variant="subtle" color="red" aria-label={t('settings.deleteItem', { name })} onClick={onClick} disabled={disabled}>
        <IconTrash size={16} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );
}
