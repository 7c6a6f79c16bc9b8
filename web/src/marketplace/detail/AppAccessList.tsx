import type { ReactNode } from 'react';
import { List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconEye, IconLayoutSidebarRight, IconLink, IconPencil, IconRefresh, IconSettings, IconUserCircle, IconWindow, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppListing, AppLocationName, OAuthScope } from '../api/types';

const SCOPE_ICONS: Record<OAuthScope, Icon> = { read: IconEye, write: IconPencil, profile: IconUserCircle, sync: IconRefresh };
const LOCATION_ICONS: Record<AppLocationName, Icon> = { chat_sidebar: IconLayoutSidebarRight, sell_top_bar: IconWindow, settings: IconSettings };

function Section({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="lg" p="lg" data-testid={testId}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Item({ icon: ItemIcon, children }: { icon: Icon; children: ReactNode }) {
  return (
    <List.Item
      icon={
        <ThemeIcon size={24} radius="xl" variant="light" color="gray">
          <ItemIcon size={14} aria-hidden="true" />
        </ThemeIcon>
      }
    >
      <Text size="sm">{children}</Text>
    </List.Item>
  );
}

/** What an app may read and do (its OAuth scopes in plain words), where it shows, where it connects. */
export function AppAccessList({ app }: { app: AppListing }) {
  const { t } = useTranslation('marketplace');
  const locations = app.locations.filter((name) => name in LOCATION_ICONS);
  return (
    <Stack gap="md">
      <Section title={t('detail.accessTitle')} testId="app-access">
        {app.oauth && app.oauth.scopes.length > 0 ? (
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('detail.accessIntro', { name: app.name })}
            </Text>
            <List spacing="xs" center>
              {app.oauth.scopes.map((scope) => (
                <Item key={scope} icon={SCOPE_ICONS[scope] ?? IconEye}>
                  {t(`scopes.${scope}`)}
                </Item>
              ))}
            </List>
            {app.oauth.sign_in_step && (
              <Text size="xs" c="dimmed">
                {t('detail.signInNote', { name: app.name })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text size="sm">{t('detail.noAccess')}</Text>
        )}
      </Section>
      <Section title={t('detail.whereTitle')} testId="app-locations">
        <List spacing="xs" center>
          {locations.map((name) => (
            <Item key={name} icon={LOCATION_ICONS[name]}>
              {t(`locations.${name}`)}
            </Item>
          ))}
        </List>
      </Section>
      {app.allowed_urls.length > 0 && (
        <Section title={t('detail.connectsTitle')} testId="app-connects">
          <Text size="sm" c="dimmed" mb="xs">
            {t('detail.connectsIntro')}
          </Text>
          <List spacing={4} center>
            {app.allowed_urls.map((url) => (
              <Item key={url} icon={IconLink}>
                {url}
              </Item>
            ))}
          </List>
        </Section>
      )}
    </Stack>
  );
}
