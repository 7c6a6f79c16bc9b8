import { useId, type ReactNode } from 'react';
import { Collapse, Group, Text, UnstyledButton } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AppIcon } from '../marketplace/AppIcon';
import classes from './CollapsibleApp.module.css';

/**
 * An app in a panel: its icon and name as a header that folds it away. Folded, the frame stays
 * loaded (and keeps hearing events); whether it is folded is remembered per app.
 */
export function CollapsibleApp({ appId, name, iconUrl, children }: { appId: string; name: string; iconUrl: string; children: ReactNode }) {
  const { t } = useTranslation('marketplace');
  const bodyId = useId();
  const [folded, setFolded] = useLocalStorage({ key: `tandem.app-folded.${appId}`, defaultValue: false });
  return (
    <section className={classes.section} data-testid="sidebar-app" data-app-id={appId} aria-label={name}>
      <UnstyledButton
        className={classes.header}
        onClick={() => setFolded(!folded)}
        aria-expanded={!folded}
        aria-controls={bodyId}
        title={folded ? t('panel.expand', { name }) : t('panel.collapse', { name })}
      >
        <Group gap="xs" wrap="nowrap">
          <AppIcon name={name} src={iconUrl} size={24} />
          <Text size="sm" fw={600} truncate className={classes.name}>
            {name}
          </Text>
          <IconChevronDown size={16} aria-hidden="true" className={classes.chevron} data-folded={folded || undefined} />
        </Group>
      </UnstyledButton>
      <Collapse expanded={!folded} keepMounted keepMountedMode="display-none" id={bodyId}>
        <div className={classes.body}>{children}</div>
      </Collapse>
    </section>
  );
}
