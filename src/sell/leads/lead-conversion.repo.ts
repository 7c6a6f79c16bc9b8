import type { LeadRow, SellExecutor } from '../sell-tables.ts';

type Conversion = { converted_at: string; converted_contact_id: number; converted_deal_id: number | null };

/** Marks a lead converted unless it already is (then nothing changes and undefined comes back): two conversions cannot both win. */
export function markLeadConverted(db: SellExecutor, accountId: number, id: number, conversion: Conversion): Promise<LeadRow | undefined> {
  return db
    .updateTable('sell_leads')
    .set({ ...conversion, updated_at: conversion.converted_at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .where('converted_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
