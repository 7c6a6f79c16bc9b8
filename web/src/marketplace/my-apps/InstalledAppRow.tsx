import { Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { IconPlugConnected, IconSettings, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DisabledReason } from '../../ui/DisabledReason';
import type { AppListing, Installation } from '../api/types';
import { AppIcon } from '../AppIcon';
import { appSettingsPath } from '../paths';
import { useLocalized } from '../useLocalized';

type InstalledAppRowProps = {
  installation: Installation;
  app: AppListing | undefined;
  /** Why the controls are off for this person, or null. */
  lockedReason: string | null;
  toggling: boolean;
  reconnecting: boolean;
  onToggle: (enabled: boolean) => void;
  onReconnect: () => void;
  onUninstall: () => void;
};

/** One installed app: its state, Enabled/Disabled, Settings, Reconnect when it lost its grant, Uninstall. */
export function InstalledAppRow({ installation, app, lockedReason, toggling, reconnecting, onToggle, onReconnect, onUninstall }: InstalledAppRowProps) {
  const { t } = useTranslation('marketplace');
  const localized = useLocalized();
  const name = installation.app_name;
  const waiting = installation.status === 'needs_authorization';
  const locked = lockedReason !== null;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label={name} data-testid="installed-app" data-app-id={installation.app_id}>
      <Group justify="space-between" wrap="wrap" gap="md">
        <Group gap="md" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
          <AppIcon name={name} src={installation.icon_url} size={44} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="xs">
              <Text fw={600}>{name}</Text>
              {waiting ? (
                <Badge color="orange" variant="light" size="sm" data-testid="installation-status">
                  {t('myApps.statusNeedsAuthorization')}
                </Badge>
              ) : (
                <Badge color={installation.enabled ? 'teal' : 'gray'} variant="light" size="sm" data-testid="installation-status">
                  {installation.enabled ? t('myApps.statusActive') : t('myApps.statusOff')}
                </Badge>
              )}
            </Group>
            {app && (
              <Text size="sm" c="dimmed" lineClamp={1}>
                {localized(app.summary)}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <DisabledReason reason={lockedReason}>
            <Switch
              checked={installation.enabled}
              onChange={(event) => onToggle(event.currentTarget.checked)}
              disabled={locked || toggling}
              label={installation.enabled ? t('myApps.enabled') : t('myApps.disabled')}
              aria-label={t('myApps.toggleLabel', { name })}
              data-testid="installation-toggle"
              w={110}
            />
          </DisabledReason>
          {waiting && (
            <Button size="xs" color="orange" leftSection={<IconPlugConnected size={14} aria-hidden="true" />} loading={reconnecting} disabled={locked} onClick={onReconnect}>
              {t('myApps.reconnect')}
            </Button>
          )}
          <Button size="xs" variant="default" component={Link} to={appSettingsPath(installation.product, installation.id)} leftSection={<IconSettings size={14} aria-hidden="true" />}>
            {t('myApps.settings')}
          </Button>
          <DisabledReason reason={lockedReason}>
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} aria-hidden="true" />} disabled={locked} onClick={onUninstall}>
              {t('actions.uninstall')}
            </Button>
          </DisabledReason>
        </Group>
      </Group>
    </Paper>
  );
}
