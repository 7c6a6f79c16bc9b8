import { useState } from 'react';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenSecretPanel } from './TokenSecretPanel';

/** Create a token, then show its secret once; closing forgets the secret for good. */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('sell');
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('settings.tokens.createdTitle') : t('settings.tokens.newTitle')}
      size="lg"
      closeOnClickOutside={!created}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened &&
        (created ? (
          <TokenSecretPanel name={created.name} secret={created.secret} onDone={close} />
        ) : (
          <CreateTokenForm onCreated={(name, secret) => setCreated({ name, secret })} onCancel={close} />
        ))}
    </Modal>
  );
}
