import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';
import { SqliteCheckpointer } from './sqlite-checkpointer.ts';

export type DialectName = 'sqlite' | 'postgres';

export type Db = {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** Where the data lives, for logs: a file path or the PostgreSQL URL without its password. */
  location: string;
  /** PostgreSQL schema in use when not the default (tests get a fresh one per run). */
  schema?: string;
  /** SQLite only, when asked for: the worker thread that checkpoints the WAL. */
  checkpointer?: SqliteCheckpointer;
  close(): Promise<void>;
};

export type DbOptions = {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL only: the schema to use (tests get a fresh one per run). */
  schema?: string;
  /**
   * SQLite file only: checkpoint the WAL from a worker thread this often instead of inside the commit
   * that fills it (see SqliteCheckpointer). For long-running servers; unset or 0, SQLite's own.
   */
  checkpointEveryMs?: number;
};

export function connectDatabase(options: DbOptions): Db {
  return options.databaseUrl ? connectPostgres(options.databaseUrl, options.schema) : connectSqlite(options.dataDir, options.checkpointEveryMs ?? 0);
}

function connectSqlite(dataDir: string, checkpointEveryMs: number): Db {
  const file = dataDir === ':memory:' ? ':memory:' : path.resolve(dataDir, 'tandem.sqlite');
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  // A second process (the CLI while the server runs) waits instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const checkpointer = file !== ':memory:' && checkpointEveryMs > 0 ? new SqliteCheckpointer(sqlite, checkpointEveryMs) : undefined;
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    kysely,
    dialect: 'sqlite',
    location: file,
    ...(checkpointer ? { checkpointer } : {}),
    close: async () => {
      await checkpointer?.stop();
      await kysely.destroy();
    },
  };
}

// count(*) and bigint columns come back as strings by default; every id and count here fits a JS number.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * Kysely prepares every query anew; preparing costs more than running a point lookup. The same SQL
 * text gets the same prepared statement (safe: better-sqlite3 runs one statement at a time).
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          if (cache.size >= 1000) cache.delete(cache.keys().next().value as string);
          statement = prepare(source);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

function connectPostgres(url: string, schema?: string): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    location: redactUrl(url) + (schema ? ` (schema ${schema})` : ''),
    ...(schema ? { schema } : {}),
    close: () => kysely.destroy(),
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
