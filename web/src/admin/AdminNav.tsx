import { NavLink as MantineNavLink, Text } from '@mantine/core';
import { IconBuilding, IconHierarchy2, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import classes from './AdminLayout.module.css';

const SECTIONS = [
  { key: 'users', path: '/admin/users', icon: IconUsers },
  { key: 'hierarchy', path: '/admin/hierarchy', icon: IconHierarchy2 },
  { key: 'account', path: '/admin/account', icon: IconBuilding },
] as const;

export function AdminNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <nav className={classes.nav} aria-label={t('admin.navLabel')} data-testid="admin-nav">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb="xs" lts={0.5} className={classes.heading}>
        {t('products.admin.name')}
      </Text>
      <div className={classes.links}>
        {SECTIONS.map(({ key, path, icon: Icon }) => (
          <MantineNavLink
            key={key}
            component={NavLink}
            to={path}
            label={t(`admin.${key}.title`)}
            leftSection={<Icon size={18} stroke={1.7} aria-hidden="true" />}
            active={pathname.startsWith(path)}
            variant="light"
            className={classes.link}
          />
        ))}
      </div>
    </nav>
  );
}
