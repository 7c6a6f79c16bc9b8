import { Button, Group, List, Stack, Text } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppListing } from '../api/types';

/**
 * Step 3, when the manifest asks for it: sign in to the app, which opens the Authorize
 * application dialog; once authorized, the server finishes the install and shows My Apps.
 */
export function SignInStep({ app, authorizeUrl }: { app: AppListing; authorizeUrl: string }) {
  const { t } = useTranslation('marketplace');
  return (
    <Stack gap="md" data-testid="sign-in-step">
      <Text size="sm">{t('install.signInIntro', { name: app.name })}</Text>
      {app.oauth && (
        <List size="sm" spacing={4}>
          {app.oauth.scopes.map((scope) => (
            <List.Item key={scope}>{t(`scopes.${scope}`)}</List.Item>
          ))}
        </List>
      )}
      <Group justify="flex-end">
        <Button component="a" href={authorizeUrl} leftSection={<IconLogin2 size={18} aria-hidden="true" />}>
          {t('install.signIn', { name: app.name })}
        </Button>
      </Group>
    </Stack>
  );
}
