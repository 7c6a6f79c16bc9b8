import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chatContext, chatDb, connectVisitor, offlineChatLive, sendMessage, startChat, type ChatServices } from '../../src/chat/index.ts';
import { createAccount } from '../../src/platform/accounts/create-account.ts';
import { connectDatabase } from '../../src/platform/db/connect.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { nowIso } from '../../src/platform/db/time.ts';
import { opsPerSecond } from './measure.ts';

/**
 * What storing one chat message costs on SQLite (WAL): Tandem's sendMessage operation (validation,
 * the seq claim, the insert, the outbox event, in one transaction) beside the same three statements
 * prepared once and run in a bare better-sqlite3 transaction.
 */
export async function measureMessageStore(ms = 3000): Promise<{ tandem: number; raw: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-store-'));
  const db = connectDatabase({ dataDir: dir });
  try {
    await migrateToLatest(db);
    const { account, owner } = await createAccount(db, { accountName: 'Bench', subdomain: 'store', ownerName: 'B', email: 'b@store.test', password: 'bench-password' });
    const services: ChatServices = { db, chat: chatDb(db), live: offlineChatLive([owner.id]), now: nowIso };
    const openChat = async () => {
      const visitor = await connectVisitor(services, account, crypto.randomBytes(32).toString('hex'), { ip: '127.0.0.1', userAgent: null });
      const ctx = chatContext(services, account, { kind: 'visitor', visitor });
      return { ctx, visitor, chatId: (await startChat(ctx, { name: 'Store' })).chat.id };
    };

    const ours = await openChat();
    let n = 0;
    const tandem = await opsPerSecond(() => sendMessage(ours.ctx, { chatId: ours.chatId, clientId: `t${n++}`, text: 'How much are the boots?' }), ms);

    const theirs = await openChat();
    const sqlite = new Database(db.location); // the server's settings (connect.ts)
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    const claim = sqlite.prepare(
      `update chats set last_seq = last_seq + 1, updated_at = ? where id = ? and account_id = ? and visitor_id = ? and status <> 'ended' returning last_seq`,
    );
    const insert = sqlite.prepare(
      `insert into chat_messages (account_id, chat_id, seq, client_id, type, author_kind, agent_id, author_name, text, data, created_at) values (?, ?, ?, ?, 'chat.msg', 'visitor', null, ?, ?, null, ?) returning *`,
    );
    const event = sqlite.prepare(`insert into outbox (account_id, type, payload, created_at, dispatched_at) values (?, 'chat.message', ?, ?, null)`);
    const store = sqlite.transaction((clientId: string) => {
      const now = new Date().toISOString();
      const { last_seq: seq } = claim.get(now, theirs.chatId, account.id, theirs.visitor.id) as { last_seq: number };
      insert.get(account.id, theirs.chatId, seq, clientId, 'Store', 'How much are the boots?', now);
      event.run(account.id, JSON.stringify({ chatId: theirs.chatId, seq }), now);
    });
    let m = 0;
    const raw = await opsPerSecond(async () => store(`r${m++}`), ms);
    sqlite.close();
    return { tandem, raw };
  } finally {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
