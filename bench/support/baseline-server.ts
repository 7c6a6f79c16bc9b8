import path from 'node:path';
import Database from 'better-sqlite3';
import Fastify from 'fastify';

/**
 * The baseline for the Sell API benchmarks: a bare Fastify route on the same SQLite file running the
 * same SQL, with no tenant lookup, auth, visibility, tags, custom fields or envelope.
 */
const dataDir = process.env.DATA_DIR ?? './data';
const accountId = Number(process.env.BENCH_ACCOUNT_ID);
const db = new Database(path.resolve(dataDir, 'tandem.sqlite'), { readonly: true });
db.pragma('journal_mode = WAL');
const one = db.prepare('select * from "sell_leads" where "account_id" = ? and "id" = ?');
const page = db.prepare('select "sell_leads".* from "sell_leads" where "sell_leads"."account_id" = ? order by "sell_leads"."updated_at" asc, "sell_leads"."id" asc limit ? offset ?');

const app = Fastify();
app.get('/v2/leads/:id', async (request) => one.get(accountId, Number((request.params as { id: string }).id)));
app.get('/v2/leads', async (request) => {
  const perPage = Number((request.query as { per_page?: string }).per_page ?? 25);
  return page.all(accountId, perPage + 1, 0).slice(0, perPage);
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('baseline ready');
