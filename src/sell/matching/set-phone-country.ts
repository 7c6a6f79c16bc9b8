import type { OpContext } from '../../platform/context.ts';
import { DEFAULT_PHONE_COUNTRY, isPhoneCountry } from '../../platform/contact-keys.ts';
import { nowIso } from '../../platform/db/time.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import type { ContactPointRecordType, SellExecutor } from '../sell-tables.ts';
import { ensureSellSetup } from '../setup/ensure-sell-setup.ts';
import { contactPointsOf } from './contact-point-rules.ts';
import { customDetailsOf, deletePhonePoints, insertContactPoints, recordDetailsPage, type ContactPointRow } from './contact-points.repo.ts';

const PAGE = 1000;

/**
 * Sets the country whose numbering plan reads phone numbers written without "+" (two letters, e.g.
 * "JP"; null for the default, US) and reads every stored number of the account again under it, in one
 * transaction. A Sell admin's setting; it rewrites every phone key, so it takes a while on big accounts.
 */
export async function setPhoneCountry(opCtx: OpContext, country: string | null) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'change how phone numbers are read');
  const code = country?.trim().toUpperCase() || null;
  if (code !== null && !isPhoneCountry(code)) throw invalid('phone_country', 'Use a two-letter country code such as US, GB or JP.');
  await ensureSellSetup(ctx.db, ctx.account.id);
  await ctx.sell.transaction().execute(async (trx) => {
    await trx.updateTable('sell_settings').set({ phone_country: code, updated_at: nowIso() }).where('account_id', '=', ctx.account.id).execute();
    await deletePhonePoints(trx, ctx.account.id);
    for (const type of ['lead', 'contact'] as const) await rebuildPhonePoints(trx, ctx.account.id, type, code ?? DEFAULT_PHONE_COUNTRY);
  });
  return { phone_country: code };
}

async function rebuildPhonePoints(trx: SellExecutor, accountId: number, type: ContactPointRecordType, country: string) {
  for (let after = 0; ; ) {
    const page = await recordDetailsPage(trx, accountId, type, after, PAGE);
    if (page.length === 0) return;
    const custom = await customDetailsOf(trx, accountId, type, page.map((r) => r.id));
    const rows: ContactPointRow[] = page.flatMap((r) =>
      contactPointsOf(r, custom.get(r.id) ?? [], country)
        .filter((p) => p.kind === 'phone')
        .map((p) => ({ account_id: accountId, resource_type: type, resource_id: r.id, ...p })),
    );
    await insertContactPoints(trx, rows);
    after = page[page.length - 1]!.id;
  }
}
