import type { Kysely } from 'kysely';

/**
 * B-2: the lead each offline message became. The key on the offline message is a claim taken first,
 * in the transaction that makes the lead: when two nodes deliver the same outbox event at once, the
 * second finds it taken and makes nothing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sell_chat_offline_leads')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('offline_message_id', 'text', (c) => c.notNull())
    // Set in the same transaction as the claim, once Sell made the lead.
    .addColumn('lead_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_chat_offline_leads_pk', ['account_id', 'offline_message_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sell_chat_offline_leads').execute();
}
