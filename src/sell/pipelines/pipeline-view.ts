import { apiTime } from '../records/api-time.ts';
import type { PipelineRow } from './pipelines.repo.ts';

/** A pipeline as the Sell API shows it. */
export function toPipelineView(pipeline: PipelineRow) {
  return {
    id: pipeline.id,
    name: pipeline.name,
    disabled: pipeline.disabled === 1,
    created_at: apiTime(pipeline.created_at),
    updated_at: apiTime(pipeline.updated_at),
  };
}
