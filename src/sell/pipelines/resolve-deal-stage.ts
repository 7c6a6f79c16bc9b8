import { AppError, invalid } from '../../platform/http/app-error.ts';
import type { SellExecutor } from '../sell-tables.ts';
import { findFirstStage, findStage, type StageRow } from './pipelines.repo.ts';

/** The stage a deal is put in: one of this account's stages, or by default the first stage of the first pipeline. */
export async function resolveDealStage(db: SellExecutor, accountId: number, stageId: number | null | undefined): Promise<StageRow> {
  if (stageId === null || stageId === undefined) {
    const first = await findFirstStage(db, accountId);
    if (!first) throw new AppError(409, 'no_pipeline', 'This account has no active pipeline stage. Ask a Sell admin to set up a pipeline.');
    return first;
  }
  const stage = await findStage(db, accountId, stageId);
  if (!stage) throw invalid('stage_id', `No stage with id ${stageId} in this account. List them with GET /v2/stages.`);
  return stage;
}
