import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { IconColumns3, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { ContentLoader } from '../../../ui/ContentLoader';
import { EmptyStatePanel } from '../../../ui/EmptyStatePanel';
import { usePipelines, useStages } from '../../data/usePipelines';
import { useSellUsers } from '../../data/useSellUsers';
import { FilterSelect } from '../../list/FilterSelect';
import { LoadErrorAlert } from '../../../ui/LoadErrorAlert';
import { DealFormDrawer } from '../DealFormDrawer';
import { DealsViewSwitch } from '../DealsViewSwitch';
import { PipelineBoard } from './PipelineBoard';

/** Deals as a board: one column per stage of the chosen pipeline. */
export function PipelineBoardPage() {
  const { t } = useTranslation('sell');
  const [params, setParams] = useSearchParams();
  const pipelines = usePipelines();
  const stages = useStages();
  const users = useSellUsers();
  const [creating, setCreating] = useState(false);
  const enabled = (pipelines.data ?? []).filter((pipeline) => !pipeline.disabled);
  const chosenId = Number(params.get('pipeline')) || enabled[0]?.id;
  const ownerId = params.get('owner_id');
  const columns = (stages.data ?? []).filter((stage) => stage.pipeline_id === chosenId && stage.active);
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader
        title={t('board.title')}
        description={t('board.description')}
        actions={
          <>
            <DealsViewSwitch current="board" />
            <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setCreating(true)}>
              {t('deals.add')}
            </Button>
          </>
        }
      />
      {(pipelines.isError || stages.isError) && (
        <LoadErrorAlert
          title={t('board.loadFailed')}
          error={pipelines.error ?? stages.error}
          onRetry={() => {
            void pipelines.refetch();
            void stages.refetch();
          }}
        />
      )}
      {(pipelines.isPending || stages.isPending) && <ContentLoader />}
      {pipelines.data && stages.data && (
        <>
          <Group gap="sm" mb="md" wrap="wrap">
            {enabled.length > 1 && (
              <Select
                aria-label={t('board.pipeline')}
                data={enabled.map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name }))}
                value={chosenId ? String(chosenId) : null}
                onChange={(value) => setParam('pipeline', value)}
                allowDeselect={false}
                w={220}
              />
            )}
            <FilterSelect
              label={t('filters.owner')}
              placeholder={t('filters.anyOwner')}
              data={(users.data ?? []).map((user) => ({ value: String(user.id), label: user.name }))}
              value={ownerId ?? undefined}
              onChange={(value) => setParam('owner_id', value)}
            />
          </Group>
          {columns.length === 0 ? (
            <EmptyStatePanel icon={<IconColumns3 size={28} />} color="gray" title={t('board.noStagesTitle')} description={t('board.noStagesDescription')} />
          ) : (
            <PipelineBoard stages={columns} ownerId={ownerId} />
          )}
        </>
      )}
      <DealFormDrawer opened={creating} deal={null} stageId={columns[0]?.id} onClose={() => setCreating(false)} />
    </>
  );
}
