import { NavLink as MantineNavLink, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { SETTINGS_SECTIONS } from './settingsSections';

/** The list of settings pages, grouped. */
export function SettingsNav() {
  const { t } = useTranslation('sell');
  const { pathname } = useLocation();
  return (
    <Paper withBorder radius="lg" p="xs" component="nav" aria-label={t('settings.navLabel')} data-testid="settings-nav">
      {SETTINGS_SECTIONS.map(({ key, icon: SectionIcon, group }) => {
        const path = `/sell/settings/${key}`;
        const active = pathname.startsWith(path);
        return (
          <div key={key}>
            {group && (
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" lts={0.4} px="sm" pt="sm" pb={4}>
                {t(`settings.groups.${group}`)}
              </Text>
            )}
            <MantineNavLink
              component={NavLink}
              to={path}
              label={t(`settings.sections.${key}.title`)}
              leftSection={<SectionIcon size={17} stroke={1.7} aria-hidden="true" />}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </div>
        );
      })}
    </Paper>
  );
}
