import { List, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSignedInSession } from '../../auth/useSession';
import type { AppListing } from '../api/types';

const KNOWN_REQUIREMENTS = ['sell_platform', 'chat_team_plan'] as const;

/** The conditions of the install rules, said before anyone tries. */
export function WhoCanInstall({ app }: { app: AppListing }) {
  const { t } = useTranslation('marketplace');
  const { account } = useSignedInSession();
  const installer = app.product === 'sell' ? 'sell' : account.chatVersion === 'phase4' ? 'chatPhase4' : 'chatPhase3';
  const requirements = KNOWN_REQUIREMENTS.filter((code) => app.requires.includes(code));
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="app-requirements">
      <Title order={2} size="h5" mb="sm">
        {t('detail.requirementsTitle')}
      </Title>
      <List size="sm" spacing={4}>
        <List.Item>{t(`installer.${installer}`)}</List.Item>
        {requirements.map((code) => (
          <List.Item key={code}>{t(`requires.${code}`)}</List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt="sm">
        {t('detail.sameAccount', { subdomain: account.subdomain })}
      </Text>
    </Paper>
  );
}
