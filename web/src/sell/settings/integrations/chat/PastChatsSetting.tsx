import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ElementStatusMark } from '../../../../integrations/sell-chat/ElementStatusMark';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { SaveState } from '../shared/SaveState';
import { PastChatsExposure } from './PastChatsExposure';
import { SettingsSection } from './SettingsSection';

/**
 * S-10, S-24, S-25: past chats in Sell's activity feeds. Enabling asks first, with the warning and
 * what it exposes (B-3); disabling hides the chats without deleting them.
 */
export function PastChatsSetting({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const { t: tc } = useTranslation();
  const save = useSaveSetting();
  const [confirming, setConfirming] = useState(false);
  const on = answer.settings.pastChatsEnabled;
  const close = () => setConfirming(false);

  return (
    <>
      <SettingsSection
        id="past-chats"
        title={t('pastChats.title')}
        description={on ? t('pastChats.onDescription') : t('pastChats.offDescription')}
        mark={<ElementStatusMark status={answer.elements.pastChats} />}
        action={
          <Group gap="md" wrap="nowrap" style={{ flexShrink: 0 }}>
            <SaveState status={save.status} error={save.error} />
            {answer.canEdit &&
              (on ? (
                <Button variant="default" onClick={() => save.mutate({ pastChatsEnabled: false })} loading={save.isPending}>
                  {t('pastChats.disable')}
                </Button>
              ) : (
                <Button onClick={() => setConfirming(true)}>{t('pastChats.enable')}</Button>
              ))}
          </Group>
        }
      />
      <Modal opened={confirming} onClose={close} title={t('pastChats.confirmTitle')} centered size="lg" closeButtonProps={{ 'aria-label': tc('common.close') }}>
        <Stack gap="md">
          <Alert color="orange" variant="light" radius="md" icon={<IconAlertTriangle size={18} />} title={t('pastChats.warningTitle')} data-testid="past-chats-warning">
            {t('pastChats.warning')}
          </Alert>
          <PastChatsExposure />
          <Text size="sm" c="dimmed">
            {t('pastChats.reversible')}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={save.isPending} data-autofocus>
              {tc('common.cancel')}
            </Button>
            <Button onClick={() => save.mutate({ pastChatsEnabled: true }, { onSettled: close })} loading={save.isPending}>
              {t('pastChats.enable')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
