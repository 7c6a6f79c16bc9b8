import { useTranslation } from 'react-i18next';
import { usePipelines, useStages } from '../data/usePipelines';
import { FilterSelect } from '../list/FilterSelect';
import { OwnerFilter } from '../list/OwnerFilter';
import { SourceFilter } from '../list/SourceFilter';

export const DEAL_FILTERS = ['owner_id', 'stage_id', 'source_id', 'hot'] as const;

interface DealFiltersProps {
  values: Record<string, string>;
  onChange: (name: string, value: string | null) => void;
}

export function DealFilters({ values, onChange }: DealFiltersProps) {
  const { t } = useTranslation('sell');
  const pipelines = usePipelines();
  const stages = useStages();
  const severalPipelines = (pipelines.data?.length ?? 0) > 1;
  const pipelineName = new Map((pipelines.data ?? []).map((pipeline) => [pipeline.id, pipeline.name]));
  return (
    <>
      <OwnerFilter value={values.owner_id} onChange={(value) => onChange('owner_id', value)} />
      <FilterSelect
        label={t('filters.stage')}
        placeholder={t('filters.anyStage')}
        data={(stages.data ?? []).map((stage) => ({
          value: String(stage.id),
          label: severalPipelines ? `${pipelineName.get(stage.pipeline_id) ?? ''} · ${stage.name}` : stage.name,
        }))}
        value={values.stage_id}
        onChange={(value) => onChange('stage_id', value)}
      />
      <SourceFilter kind="deal_sources" value={values.source_id} onChange={(value) => onChange('source_id', value)} />
      <FilterSelect
        label={t('filters.hot')}
        placeholder={t('filters.hotOrNot')}
        data={[
          { value: 'true', label: t('filters.onlyHot') },
          { value: 'false', label: t('filters.notHot') },
        ]}
        value={values.hot}
        onChange={(value) => onChange('hot', value)}
      />
    </>
  );
}
