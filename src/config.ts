import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BASE_DOMAINS: z.string().default('localhost'),
  DEFAULT_ACCOUNT: z.string().optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(24 * 30),
  SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(10),
  SIGN_IN_WINDOW_SECONDS: z.coerce.number().int().positive().default(15 * 60),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1024 * 1024),
  COOKIE_SECURE: booleanFromEnv.default(false),
  TRUST_PROXY: booleanFromEnv.default(false),
  WEB_DIST: z.string().default('dist/web'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  OUTBOX_POLL_MS: z.coerce.number().int().min(0).default(250),
  SQLITE_CHECKPOINT_MS: z.coerce.number().int().min(0).default(1000),
  SELL_API_RATE_LIMIT_PER_HOUR: z.coerce.number().int().positive().default(36_000),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://').optional(),
  REDIS_PREFIX: z.string().regex(/^[\w.:-]+$/).default('tandem'),
  CHAT_ROUTING_SWEEP_MS: z.coerce.number().int().min(0).default(1000),
  CHAT_MESSAGES_PER_MINUTE: z.coerce.number().int().positive().default(60),
  CHAT_TYPING_PER_MINUTE: z.coerce.number().int().positive().default(120),
  OAUTH_ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).default(3600),
  OAUTH_REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().default(90),
  EXTRA_APP_DIRS: z.string().default(''),
  SECRETS_KEY: z
    .string()
    .regex(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, 'SECRETS_KEY must be 32 random bytes as base64 or hex (openssl rand -base64 32)')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** Hosts (without port) that are the install's bare domain: `localhost`, `crm.example.com`. */
  baseDomains: string[];
  /** Subdomain of the account a bare host serves; when unset, the account created first. */
  defaultAccount: string | undefined;
  sessionTtlHours: number;
  signInMaxAttempts: number;
  signInWindowSeconds: number;
  bodyLimitBytes: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  webDist: string;
  shutdownGraceMs: number;
  /** How often the outbox is drained; 0 turns polling off (tests drain by hand). */
  outboxPollMs: number;
  /** How often a worker thread checkpoints the SQLite WAL; 0 leaves it to SQLite, inside commits. */
  sqliteCheckpointMs: number;
  /** Several nodes share Socket.IO rooms through Redis when set; alone, a node keeps them in memory. */
  redisUrl: string | undefined;
  /** Prefix of every Redis channel and key, so installs (or test runs) can share one Redis. */
  redisPrefix: string;
  /** How often waiting chats are (re)offered under assigned routing; 0 turns the sweep off (tests sweep by hand). */
  chatRoutingSweepMs: number;
  /** Messages (chat:message, chat:start, offline:send) a visitor, or an agent in one chat, may send a minute over all their sockets. */
  chatMessagesPerMinute: number;
  /** Typing notices a visitor, or an agent in one chat, may send a minute; more are dropped. */
  chatTypingPerMinute: number;
  /** Requests an hour one token (or one signed-in user) may make to the Sell API. */
  sellApiRateLimitPerHour: number;
  /** How long an OAuth access token works; apps refresh it after that. */
  oauthAccessTokenTtlSeconds: number;
  /** How long an unused OAuth refresh token works (each refresh issues a new one with a fresh lifetime). */
  oauthRefreshTokenTtlDays: number;
  /** Folders holding more Marketplace apps, besides the shipped apps/ folder. */
  extraAppDirs: string[];
  /** Key that encrypts stored app secrets and tokens; when unset, one is generated and kept in the database. */
  secretsKey: string | undefined;
};

export class ConfigError extends Error {}

/** Reads every setting once. The only place in the server that reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    baseDomains: c.BASE_DOMAINS.split(',').map((d) => d.trim().toLowerCase()).filter(Boolean),
    defaultAccount: c.DEFAULT_ACCOUNT?.toLowerCase(),
    sessionTtlHours: c.SESSION_TTL_HOURS,
    signInMaxAttempts: c.SIGN_IN_MAX_ATTEMPTS,
    signInWindowSeconds: c.SIGN_IN_WINDOW_SECONDS,
    bodyLimitBytes: c.BODY_LIMIT_BYTES,
    cookieSecure: c.COOKIE_SECURE,
    trustProxy: c.TRUST_PROXY,
    webDist: c.WEB_DIST,
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    outboxPollMs: c.OUTBOX_POLL_MS,
    sqliteCheckpointMs: c.SQLITE_CHECKPOINT_MS,
    sellApiRateLimitPerHour: c.SELL_API_RATE_LIMIT_PER_HOUR,
    redisUrl: c.REDIS_URL,
    redisPrefix: c.REDIS_PREFIX,
    chatRoutingSweepMs: c.CHAT_ROUTING_SWEEP_MS,
    chatMessagesPerMinute: c.CHAT_MESSAGES_PER_MINUTE,
    chatTypingPerMinute: c.CHAT_TYPING_PER_MINUTE,
    oauthAccessTokenTtlSeconds: c.OAUTH_ACCESS_TOKEN_TTL_SECONDS,
    oauthRefreshTokenTtlDays: c.OAUTH_REFRESH_TOKEN_TTL_DAYS,
    extraAppDirs: c.EXTRA_APP_DIRS.split(',').map((d) => d.trim()).filter(Boolean),
    secretsKey: c.SECRETS_KEY,
  };
}
