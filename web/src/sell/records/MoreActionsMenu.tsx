import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The less common actions of a record page, behind "⋯". */
export function MoreActionsMenu({ onDelete }: { onDelete: () => void }) {
  const { t } = useTranslation('sell');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="default" size={36} aria-label={t('records.moreActions')}>
          <IconDots size={18} aria-hidden="true" />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden="true" />} onClick={onDelete}>
          {t('records.delete')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
