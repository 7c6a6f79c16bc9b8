import { Badge, Group, ThemeIcon } from '@mantine/core';
import { IconBuilding, IconUser, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CardRecord } from './cardTypes';
import { RecordLink } from './RecordLink';
import classes from './SellCard.module.css';

const ICONS = { lead: IconUserPlus, person: IconUser, company: IconBuilding } as const;
const COLORS = { lead: 'grape', person: 'blue', company: 'teal' } as const;

/** What the record is (lead, person, company) and its name, opening it in Sell. */
export function RecordHeader({ record, size = 'md', children }: { record: CardRecord; size?: 'md' | 'sm'; children?: React.ReactNode }) {
  const { t } = useTranslation('sellChatCard');
  const Icon = ICONS[record.widget];
  return (
    <div className={classes.header}>
      <ThemeIcon variant="light" color={COLORS[record.widget]} radius="xl" size={size === 'md' ? 36 : 28}>
        <Icon size={size === 'md' ? 20 : 16} stroke={1.7} aria-hidden="true" />
      </ThemeIcon>
      <div className={classes.headerText}>
        <Group gap={6} wrap="nowrap" align="baseline">
          <RecordLink type={record.type} id={record.id} name={record.name} size={size} fw={700} />
        </Group>
        <Group gap={6} mt={2}>
          <Badge size="xs" variant="light" color={COLORS[record.widget]} tt="none" data-testid="sell-card-type">
            {t(`type.${record.widget}`)}
          </Badge>
          {children}
        </Group>
      </div>
    </div>
  );
}
