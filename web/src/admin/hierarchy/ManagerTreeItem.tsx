import { Avatar, Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconCrown, IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DisabledReason } from '../../ui/DisabledReason';
import { initials } from '../../ui/initials';
import type { User } from '../../ui/types';
import type { ManagerTreeNode } from './buildManagerTree';
import classes from './ManagerTree.module.css';

interface ManagerTreeItemProps {
  node: ManagerTreeNode;
  isTopmost: boolean;
  changeBlockedReason: string | null;
  onChangeManager: (user: User) => void;
}

export function ManagerTreeItem({ node, isTopmost, changeBlockedReason, onChangeManager }: ManagerTreeItemProps) {
  const { t } = useTranslation();
  const { user } = node;
  return (
    <li className={classes.item} data-user-id={user.id}>
      <Paper withBorder radius="md" px="md" py="sm" className={classes.card} data-topmost={isTopmost || undefined}>
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Avatar size={36} radius="xl" color={isTopmost ? 'yellow' : 'calmIndigo'} variant="light">
              {initials(user.name)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600} truncate>
                  {user.name}
                </Text>
                {isTopmost && (
                  <Badge color="yellow" variant="light" size="sm" tt="none" leftSection={<IconCrown size={12} aria-hidden="true" />}>
                    {t('hierarchy.topmostBadge')}
                  </Badge>
                )}
                {node.withoutManager && (
                  <Badge color="gray" variant="outline" size="sm" tt="none">
                    {t('hierarchy.noManagerBadge')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" truncate>
                {user.email}
                {node.reports.length > 0 && ` · ${t('hierarchy.reportCount', { count: node.reports.length })}`}
              </Text>
            </div>
          </Group>
          {!isTopmost && (
            <DisabledReason reason={changeBlockedReason}>
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconArrowsExchange size={14} aria-hidden="true" />}
                disabled={changeBlockedReason !== null}
                onClick={() => onChangeManager(user)}
                aria-label={t('hierarchy.changeManagerFor', { name: user.name })}
              >
                {t('hierarchy.changeManager')}
              </Button>
            </DisabledReason>
          )}
        </Group>
      </Paper>
      {node.reports.length > 0 && (
        <ul className={classes.list} aria-label={t('hierarchy.reportsOf', { name: user.name })}>
          {node.reports.map((report) => (
            <ManagerTreeItem
              key={report.user.id}
              node={report}
              isTopmost={false}
              changeBlockedReason={changeBlockedReason}
              onChangeManager={onChangeManager}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
