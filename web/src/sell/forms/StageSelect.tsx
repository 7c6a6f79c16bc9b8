import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePipelines, useStages } from '../data/usePipelines';

interface StageSelectProps {
  value?: string | null;
  onChange: (value: string | null) => void;
  error?: React.ReactNode;
  label?: string;
  clearable?: boolean;
  placeholder?: string;
}

/** A stage, grouped by pipeline when the account has several. */
export function StageSelect({ value = null, onChange, error, label, clearable = false, placeholder }: StageSelectProps) {
  const { t } = useTranslation('sell');
  const pipelines = usePipelines();
  const stages = useStages();
  const active = (stages.data ?? []).filter((stage) => stage.active || String(stage.id) === value);
  const enabledPipelines = (pipelines.data ?? []).filter((pipeline) => !pipeline.disabled);
  const data =
    enabledPipelines.length > 1
      ? enabledPipelines.map((pipeline) => ({
          group: pipeline.name,
          items: active
            .filter((stage) => stage.pipeline_id === pipeline.id)
            .map((stage) => ({ value: String(stage.id), label: stage.name })),
        }))
      : active.map((stage) => ({ value: String(stage.id), label: stage.name }));
  return (
    <Select
      label={label ?? t('fields.stage')}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      clearable={clearable}
      allowDeselect={clearable}
      placeholder={stages.isPending ? t('common.loading') : placeholder}
      nothingFoundMessage={t('forms.noStages')}
    />
  );
}
