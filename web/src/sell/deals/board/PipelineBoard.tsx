import { useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { Contact, Deal, Stage } from '../../api/types';
import { contactName } from '../../records/recordNames';
import { useRecordsByIds } from '../../records/useRecordsByIds';
import { useNotify } from '../../../ui/useNotify';
import { columnKeyboardCoordinates } from './columnKeyboardCoordinates';
import { DealCard } from './DealCard';
import { StageColumn } from './StageColumn';
import { useBoardDeals } from './useBoardDeals';
import { useMoveDeal } from './useMoveDeal';
import classes from './PipelineBoard.module.css';

// The pointer decides where a card lands; without one (keyboard), the card's own rectangle does.
const collisionDetection: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

function stageIdOf(id: string | number | undefined): number | null {
  const match = /^stage-(\d+)$/.exec(String(id ?? ''));
  return match ? Number(match[1]) : null;
}

interface PipelineBoardProps {
  stages: Stage[];
  ownerId: string | null;
}

/** The stages of one pipeline side by side; drag a deal (or pick it up with the keyboard) to move it on. */
export function PipelineBoard({ stages, ownerId }: PipelineBoardProps) {
  const { t } = useTranslation('sell');
  const notify = useNotify();
  const columns = useBoardDeals(
    stages.map((stage) => stage.id),
    ownerId,
  );
  const moveDeal = useMoveDeal();
  const [dragged, setDragged] = useState<Deal | null>(null);
  const allDeals = [...columns.values()].flatMap((column) => column.deals ?? []);
  const contacts = useRecordsByIds<Contact>('contact', allDeals.flatMap((deal) => (deal.contact_id ? [deal.contact_id] : [])));
  const contactNames = new Map([...(contacts.data ?? new Map<number, Contact>())].map(([id, contact]) => [id, contactName(contact)]));
  const stageName = (id: string | number | undefined) => stages.find((stage) => stage.id === stageIdOf(id))?.name ?? '';
  const dealOf = (data: unknown) => (data as { deal?: Deal } | undefined)?.deal;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const deal = dealOf(active.data.current);
      return deal ? t('board.announce.pickedUp', { name: deal.name, stage: stageName(`stage-${deal.stage_id}`) }) : undefined;
    },
    onDragOver: ({ active, over }) => {
      const deal = dealOf(active.data.current);
      return deal && over ? t('board.announce.over', { name: deal.name, stage: stageName(over.id) }) : undefined;
    },
    onDragEnd: ({ active, over }) => {
      const deal = dealOf(active.data.current);
      if (!deal) return undefined;
      return over ? t('board.announce.dropped', { name: deal.name, stage: stageName(over.id) }) : t('board.announce.returned', { name: deal.name });
    },
    onDragCancel: ({ active }) => {
      const deal = dealOf(active.data.current);
      return deal ? t('board.announce.cancelled', { name: deal.name }) : undefined;
    },
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged(dealOf(active.data.current) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const deal = dealOf(active.data.current);
    const toStageId = stageIdOf(over?.id);
    if (!deal || toStageId === null || toStageId === deal.stage_id) return;
    moveDeal.mutate(
      { deal, toStageId, ownerId },
      {
        onSuccess: () => notify.success(t('board.moved', { name: deal.name, stage: stageName(over?.id) })),
        onError: (error) => notify.error(error),
      },
    );
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('board.instructions') } }}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDragged(null)}
    >
      <div className={classes.board} data-testid="pipeline-board">
        {stages.map((stage) => (
          <StageColumn
            key={stage.id}
            stage={stage}
            column={columns.get(stage.id)}
            contactNames={contactNames}
            pendingDealId={moveDeal.isPending ? (moveDeal.variables?.deal.id ?? null) : null}
          />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>
        {dragged && <DealCard deal={dragged} contactName={dragged.contact_id ? contactNames.get(dragged.contact_id) : undefined} overlay />}
      </DragOverlay>
    </DndContext>
  );
}
