import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MoreActionsMenu } from './MoreActionsMenu';

/** A record page's buttons: Edit first, the record type's own next, the rest behind "⋯". */
export function RecordPageActions({ onEdit, onDelete, children }: { onEdit: () => void; onDelete: () => void; children?: ReactNode }) {
  const { t } = useTranslation('sell');
  return (
    <>
      <Button variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit}>
        {t('records.edit')}
      </Button>
      {children}
      <MoreActionsMenu onDelete={onDelete} />
    </>
  );
}
