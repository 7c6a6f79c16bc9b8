import { apiTime } from '../records/api-time.ts';
import type { StageRow } from './pipelines.repo.ts';

/** A stage as the Sell API shows it; `category` is incoming, in_progress, won, lost or unqualified. */
export function toStageView(stage: StageRow) {
  return {
    id: stage.id,
    name: stage.name,
    category: stage.category,
    active: stage.active === 1,
    likelihood: stage.likelihood,
    position: stage.position,
    pipeline_id: stage.pipeline_id,
    created_at: apiTime(stage.created_at),
    updated_at: apiTime(stage.updated_at),
  };
}
