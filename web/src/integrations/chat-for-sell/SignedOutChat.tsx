import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ChatTopBarFrame, type PanelState } from './ChatTopBarFrame';

/** Not signed in to Chat in this tab (Sign in on load off, or signed out here): the icon offers to sign in. */
export function SignedOutChat({ opened, setOpened, onSignIn }: PanelState & { onSignIn: () => void }) {
  const { t } = useTranslation('chatForSell');
  return (
    <ChatTopBarFrame opened={opened} setOpened={setOpened} presence="signed_out" waiting={0} flashing={false} label={t('icon.label', { status: t('presence.signed_out') })} wide={false}>
      <Stack align="center" gap="sm" p="lg" ta="center" data-testid="chat-signed-out">
        <ThemeIcon variant="light" size={44} radius="xl">
          <IconMessageCircle size={24} stroke={1.6} aria-hidden="true" />
        </ThemeIcon>
        <Text fw={700}>{t('signedOut.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('signedOut.description')}
        </Text>
        <Button onClick={onSignIn} data-autofocus>
          {t('signedOut.signIn')}
        </Button>
      </Stack>
    </ChatTopBarFrame>
  );
}
