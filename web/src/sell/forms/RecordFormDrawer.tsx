import type { ReactNode } from 'react';
import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface RecordFormDrawerProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** Long record forms open from the right, over the page they came from. */
export function RecordFormDrawer({ opened, title, onClose, children }: RecordFormDrawerProps) {
  const { t } = useTranslation('sell');
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={680}
      padding="xl"
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {/* Mounted only while open, so each opening starts from the record as it is now. */}
      {opened && children}
    </Drawer>
  );
}
