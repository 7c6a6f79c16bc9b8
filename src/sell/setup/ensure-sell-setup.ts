import type { Db } from '../../platform/db/connect.ts';
import { nowIso } from '../../platform/db/time.ts';
import { withinTransaction } from '../../platform/db/transaction.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { sellDb } from '../sell-tables.ts';

const DEFAULT_LEAD_STATUSES = ['New', 'Working', 'Unqualified'];
const DEFAULT_STAGES = [
  { name: 'Incoming', category: 'incoming', likelihood: 10 },
  { name: 'Qualified', category: 'in_progress', likelihood: 25 },
  { name: 'Quote', category: 'in_progress', likelihood: 50 },
  { name: 'Closure', category: 'in_progress', likelihood: 75 },
  { name: 'Won', category: 'won', likelihood: 100 },
  { name: 'Lost', category: 'lost', likelihood: 0 },
  { name: 'Unqualified', category: 'unqualified', likelihood: 0 },
];

const ready = new Set<string>();

/**
 * Gives an account what Sell needs before its first record: settings, the lead statuses (New is the
 * default, O-2) and a sales pipeline with its stages. Idempotent, and cheap after the first call.
 * Inside a caller's transaction (inOneTransaction) it joins it and remembers nothing: that transaction
 * may still roll back.
 */
export async function ensureSellSetup(db: Db, accountId: number): Promise<void> {
  const key = `${db.location}:${accountId}`;
  if (ready.has(key)) return;
  const sell = sellDb(db);
  const existing = await sell.selectFrom('sell_settings').select('account_id').where('account_id', '=', accountId).executeTakeFirst();
  if (!existing) {
    try {
      await withinTransaction(sell, async (trx) => {
        const now = nowIso();
        await trx.insertInto('sell_settings').values({ account_id: accountId, currency: 'USD', timezone: 'UTC', time_format: '24H', updated_at: now }).execute();
        await trx
          .insertInto('sell_lead_statuses')
          .values(
            DEFAULT_LEAD_STATUSES.map((name, i) => ({
              account_id: accountId,
              name,
              name_lower: name.toLowerCase(),
              position: i,
              is_default: i === 0 ? 1 : 0,
              created_at: now,
              updated_at: now,
            })),
          )
          .execute();
        const pipeline = await trx
          .insertInto('sell_pipelines')
          .values({ account_id: accountId, name: 'Sales Pipeline', disabled: 0, position: 0, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('sell_stages')
          .values(
            DEFAULT_STAGES.map((s, i) => ({ account_id: accountId, pipeline_id: pipeline.id, ...s, active: 1, position: i + 1, created_at: now, updated_at: now })),
          )
          .execute();
      });
    } catch (error) {
      // Another request set the account up at the same moment: its defaults stand. (In a caller's
      // transaction the error stands: PostgreSQL has aborted that transaction.)
      if (!isUniqueViolation(error) || sell.isTransaction) throw error;
    }
  }
  if (!sell.isTransaction) ready.add(key);
}
