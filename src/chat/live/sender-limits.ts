import type { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { MemoryWindowLimiter, RedisWindowLimiter, type WindowLimiter } from '../../platform/http/fixed-window-limiter.ts';

const MINUTE_MS = 60_000;

/**
 * Who is counted: a visitor over all their tabs (`visitor:<id>`; they have one open chat), an agent
 * in one chat over all their tabs (`agent:<userId>:<chatId>`), so serving many chats at once is fine.
 */
export type SenderKey = `visitor:${number}` | `agent:${number}:${string}`;

/** The agent's key for the chat a payload names (whatever it holds: the operation validates it). */
export function agentInChat(userId: number, payload: unknown): SenderKey {
  const chatId = (payload as { chatId?: unknown } | null)?.chatId;
  return `agent:${userId}:${typeof chatId === 'string' ? chatId.slice(0, 64) : ''}`;
}

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(429, 'rate_limited', `You are sending messages too fast. Wait ${retryAfterSeconds} seconds, then send again.`, undefined, {
    'retry-after': String(retryAfterSeconds),
  });

/**
 * How fast a visitor, or an agent in a chat, may write over their sockets: messages and typing notices
 * a minute each. With Redis the counts are shared by every node, so reconnecting elsewhere does not
 * reset them.
 */
export class SenderLimits {
  constructor(
    private readonly messages: WindowLimiter,
    private readonly typingNotices: WindowLimiter,
    private readonly log: Pick<FastifyBaseLogger, 'error'>,
  ) {}

  static create(options: { redis: Redis | null; prefix: string; messagesPerMinute: number; typingPerMinute: number; log: Pick<FastifyBaseLogger, 'error'> }) {
    const limiter = (name: string, limit: number): WindowLimiter =>
      options.redis ? new RedisWindowLimiter(options.redis, `${options.prefix}:${name}`, limit, MINUTE_MS) : new MemoryWindowLimiter(limit, MINUTE_MS);
    return new SenderLimits(limiter('chat-messages', options.messagesPerMinute), limiter('chat-typing', options.typingPerMinute), options.log);
  }

  /** Counts a message; past the limit it throws `rate_limited` (429) with when to send again. */
  async message(sender: SenderKey): Promise<void> {
    const result = await this.hit(this.messages, sender);
    if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
  }

  /** Counts a typing notice; false past the limit (the notice is dropped: it has no answer). */
  async typing(sender: SenderKey): Promise<boolean> {
    return (await this.hit(this.typingNotices, sender)).allowed;
  }

  /** A counter that cannot be reached lets the message through: chatting matters more than the limit. */
  private async hit(limiter: WindowLimiter, sender: SenderKey) {
    try {
      return await limiter.hit(sender);
    } catch (error) {
      this.log.error({ err: error }, 'chat rate limit counter unavailable; letting the message through');
      return { allowed: true, remaining: 0, retryAfterSeconds: 0 };
    }
  }
}
