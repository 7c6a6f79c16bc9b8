import { Suspense } from 'react';
import { Anchor, AppShell, Divider, Group, Text, Tooltip } from '@mantine/core';
import { IconBuilding } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useSignedInSession } from '../auth/useSession';
import { SessionLocaleSync } from '../auth/SessionLocaleSync';
import { Wordmark } from '../ui/Wordmark';
import { ContentLoader } from '../ui/ContentLoader';
import { LanguageMenu } from './LanguageMenu';
import { ProductSwitcher } from './ProductSwitcher';
import { SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';
import classes from './AppShellLayout.module.css';

export const MAIN_CONTENT_ID = 'main-content';

export function AppShellLayout() {
  const { t } = useTranslation();
  const { account } = useSignedInSession();
  return (
    <AppShell header={{ height: 60 }} padding={0}>
      <SessionLocaleSync />
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <AppShell.Header px="lg">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="md" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" className={classes.home} aria-label={t('shell.home')}>
              <Wordmark />
            </Anchor>
            <Divider orientation="vertical" my={14} />
            <ProductSwitcher />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Tooltip label={t('shell.accountTooltip', { subdomain: account.subdomain })} withArrow>
              <Group gap={6} wrap="nowrap" c="dimmed" px="xs" className={classes.account}>
                <IconBuilding size={16} stroke={1.7} aria-hidden="true" />
                <Text size="sm" fw={500} c="dark.5" truncate maw={180} data-testid="account-name">
                  {account.name}
                </Text>
              </Group>
            </Tooltip>
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Suspense fallback={<ContentLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
