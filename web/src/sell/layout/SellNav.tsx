import { Divider, NavLink as MantineNavLink, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconChecklist,
  IconColumns3,
  IconCurrencyDollar,
  IconSettings,
  IconUserSearch,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import classes from './SellLayout.module.css';

type SectionKey = 'leads' | 'contacts' | 'deals' | 'pipeline' | 'tasks';

const SECTIONS: { key: SectionKey; path: string; icon: Icon }[] = [
  { key: 'leads', path: '/sell/leads', icon: IconUserSearch },
  { key: 'contacts', path: '/sell/contacts', icon: IconAddressBook },
  { key: 'deals', path: '/sell/deals', icon: IconCurrencyDollar },
  { key: 'pipeline', path: '/sell/deals/board', icon: IconColumns3 },
  { key: 'tasks', path: '/sell/tasks', icon: IconChecklist },
];

function isActive(key: SectionKey, path: string, pathname: string): boolean {
  if (key === 'deals') return pathname.startsWith(path) && !pathname.startsWith('/sell/deals/board');
  return pathname.startsWith(path);
}

/** Sell's sections, down the left side. */
export function SellNav() {
  const { t } = useTranslation('sell');
  const { pathname } = useLocation();
  const settingsActive = pathname.startsWith('/sell/settings');
  return (
    <nav className={classes.nav} aria-label={t('nav.label')} data-testid="sell-nav">
      <div className={classes.navInner}>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb="xs" lts={0.5} className={classes.heading}>
          {t('nav.heading')}
        </Text>
        <div className={classes.links}>
          {SECTIONS.map(({ key, path, icon: SectionIcon }) => {
            const active = isActive(key, path, pathname);
            return (
              <MantineNavLink
                key={key}
                component={NavLink}
                to={path}
                end={key === 'deals'}
                label={t(`nav.${key}`)}
                leftSection={<SectionIcon size={18} stroke={1.7} aria-hidden="true" />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
                className={classes.link}
              />
            );
          })}
          <Divider className={classes.divider} />
          <MantineNavLink
            component={NavLink}
            to="/sell/settings"
            label={t('nav.settings')}
            leftSection={<IconSettings size={18} stroke={1.7} aria-hidden="true" />}
            active={settingsActive}
            aria-current={settingsActive ? 'page' : undefined}
            variant="light"
            className={classes.link}
          />
        </div>
      </div>
    </nav>
  );
}
