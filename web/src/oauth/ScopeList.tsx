import { List, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OAuthScope } from './oauthApi';

/** One plain sentence for each thing the app will be able to read or do. */
export function ScopeList({ scopes }: { scopes: OAuthScope[] }) {
  const { t } = useTranslation('oauth');
  return (
    <List
      spacing="xs"
      size="sm"
      center
      data-testid="oauth-scopes"
      icon={
        <ThemeIcon color="teal" variant="light" size={22} radius="xl">
          <IconCheck size={14} stroke={2.2} aria-hidden="true" />
        </ThemeIcon>
      }
    >
      {scopes.map((scope) => (
        <List.Item key={scope}>{t(`authorize.scope.${scope}`)}</List.Item>
      ))}
    </List>
  );
}
