import { Avatar, Box, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initials } from '../ui/initials';
import type { AuthorizationRequestInfo } from './oauthApi';
import { ScopeList } from './ScopeList';

/** Who asks, for which account and user, and what it will be able to do. */
export function AuthorizationDetails({ info }: { info: AuthorizationRequestInfo }) {
  const { t } = useTranslation('oauth');
  const app = info.client.name;
  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap">
        <Avatar color="indigo" radius="md" size={48} aria-hidden="true">
          {initials(app)}
        </Avatar>
        <Text fw={700} size="lg" data-testid="oauth-app-name" style={{ wordBreak: 'break-word' }}>
          {app}
        </Text>
      </Group>
      <Paper bg="var(--mantine-color-gray-0)" radius="md" p="md">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" component="dl" m={0}>
          <Detail label={t('authorize.account')} value={info.account.name} detail={info.account.subdomain} testId="oauth-account" />
          <Detail label={t('authorize.signedInAs')} value={info.user.name} detail={info.user.email} testId="oauth-user" />
        </SimpleGrid>
      </Paper>
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('authorize.ableTo', { app })}
        </Text>
        <ScopeList scopes={info.scopes} />
      </Stack>
    </Stack>
  );
}

function Detail({ label, value, detail, testId }: { label: string; value: string; detail: string; testId: string }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.3}>
        {label}
      </Text>
      <Box component="dd" m={0} data-testid={testId} style={{ wordBreak: 'break-word' }}>
        <Text size="sm" fw={500}>
          {value}
        </Text>
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      </Box>
    </Stack>
  );
}
