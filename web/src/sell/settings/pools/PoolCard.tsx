import { ActionIcon, Badge, Button, Divider, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowRight, IconHistory, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pool } from '../../api/types';
import { DeleteItemButton } from '../DeleteItemButton';
import { PoolPicksList } from './PoolPicksList';

interface PoolCardProps {
  pool: Pool;
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

/** A pool: what it distributes, its rotation (next person marked), and its recent picks on demand. */
export function PoolCard({ pool, editable, onEdit, onDelete }: PoolCardProps) {
  const { t } = useTranslation('sell');
  const [showPicks, setShowPicks] = useState(false);
  const members = [...pool.members].sort((a, b) => a.position - b.position);
  return (
    <Paper withBorder radius="lg" p="lg" data-testid="pool-card" component="section" aria-label={pool.name}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="sm">
            <Text fw={650}>{pool.name}</Text>
            <Badge variant="light" color="teal" tt="none" radius="sm">
              {t(`settings.pools.distributesBadge.${pool.resource_type}`)}
            </Badge>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconHistory size={14} aria-hidden="true" />}
              onClick={() => setShowPicks((shown) => !shown)}
              aria-expanded={showPicks}
            >
              {t('settings.pools.recentPicks')}
            </Button>
            {editable && (
              <>
                <Tooltip label={t('records.edit')} withArrow>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('settings.editItem', { name: pool.name })} onClick={onEdit}>
                    <IconPencil size={16} aria-hidden="true" />
                  </ActionIcon>
                </Tooltip>
                <DeleteItemButton name={pool.name} onClick={onDelete} />
              </>
            )}
          </Group>
        </Group>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('settings.pools.noMembers')}
          </Text>
        ) : (
          <Group gap={6} wrap="wrap" aria-label={t('settings.pools.rotation')} role="list">
            {members.map((member, index) => (
              <Group key={member.user_id} gap={6} wrap="nowrap" role="listitem">
                {index > 0 && <IconArrowRight size={12} color="var(--mantine-color-gray-5)" aria-hidden="true" />}
                <Badge
                  variant={member.user_id === pool.next_user_id ? 'filled' : 'light'}
                  color={member.active ? 'calmIndigo' : 'gray'}
                  tt="none"
                  radius="sm"
                  size="lg"
                  fw={500}
                  td={member.active ? undefined : 'line-through'}
                >
                  {member.name}
                  {member.user_id === pool.next_user_id ? ` · ${t('settings.pools.next')}` : ''}
                  {!member.active ? ` · ${t('settings.pools.inactive')}` : ''}
                </Badge>
              </Group>
            ))}
          </Group>
        )}
        {showPicks && (
          <>
            <Divider my="xs" />
            <PoolPicksList pool={pool} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
