import { ActionIcon, Avatar, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useDraggable } from '@dnd-kit/core';
import { IconFlame, IconGripVertical } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { initials } from '../../../ui/initials';
import type { Deal } from '../../api/types';
import { useUserNames } from '../../data/useSellUsers';
import { useSellFormat } from '../../format/useSellFormat';
import { appRecordPath } from '../../records/resourcePaths';
import { DealValue } from '../DealValue';
import classes from './PipelineBoard.module.css';

interface DealCardProps {
  deal: Deal;
  contactName: string | undefined;
  /** The copy that follows the pointer while dragging. */
  overlay?: boolean;
  pending?: boolean;
}

/**
 * A deal on the board. The whole card can be dragged with the pointer; the grip handle is the
 * keyboard's way to pick it up (Space or Enter, then the arrow keys), so the name stays a plain link.
 */
export function DealCard({ deal, contactName, overlay = false, pending = false }: DealCardProps) {
  const { t } = useTranslation('sell');
  const format = useSellFormat();
  const nameOf = useUserNames();
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, isDragging } = useDraggable({
    id: `deal-${deal.id}`,
    data: { deal },
    disabled: overlay,
  });
  const owner = nameOf(deal.owner_id);
  return (
    <div
      ref={overlay ? undefined : setNodeRef}
      className={classes.card}
      data-dragging={isDragging || undefined}
      data-overlay={overlay || undefined}
      data-pending={pending || undefined}
      data-deal-id={deal.id}
      data-testid="deal-card"
      onPointerDown={listeners?.onPointerDown as React.PointerEventHandler<HTMLDivElement> | undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
          <Link to={appRecordPath('deal', deal.id)} className={classes.cardName} draggable={false}>
            {deal.name}
          </Link>
          <ActionIcon
            ref={setActivatorNodeRef}
            variant="subtle"
            color="gray"
            size="sm"
            className={classes.handle}
            {...attributes}
            onKeyDown={listeners?.onKeyDown as React.KeyboardEventHandler<HTMLButtonElement> | undefined}
            aria-label={t('board.moveDeal', { name: deal.name })}
          >
            <IconGripVertical size={16} aria-hidden="true" />
          </ActionIcon>
        </Group>
        {contactName && (
          <Text size="xs" c="dimmed" truncate>
            {contactName}
          </Text>
        )}
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Group gap={6} wrap="nowrap">
            <DealValue value={deal.value} currency={deal.currency} />
            {deal.hot && (
              <Tooltip label={t('deals.hot')} withArrow>
                <IconFlame size={16} color="var(--mantine-color-orange-6)" aria-label={t('deals.hot')} />
              </Tooltip>
            )}
          </Group>
          <Group gap={6} wrap="nowrap">
            {deal.estimated_close_date && (
              <Text size="xs" c="dimmed">
                {format.date(deal.estimated_close_date)}
              </Text>
            )}
            {owner && (
              <Tooltip label={owner} withArrow>
                <Avatar size={22} radius="xl" color="calmIndigo" variant="light" aria-label={t('board.ownedBy', { name: owner })}>
                  <Text span fz={9} fw={700} inherit>
                    {initials(owner)}
                  </Text>
                </Avatar>
              </Tooltip>
            )}
          </Group>
        </Group>
      </Stack>
    </div>
  );
}
