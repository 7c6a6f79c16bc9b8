import type { FastifyBaseLogger } from 'fastify';
import type { ChatServices } from '../chat-context.ts';
import { sweepWaitingChats } from './sweep-waiting-chats.ts';

/** Runs the assigned-routing sweep every `intervalMs`, never two at once on this node. */
export class RoutingSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly services: ChatServices,
    private readonly log: Pick<FastifyBaseLogger, 'error'>,
  ) {}

  start(intervalMs: number): void {
    this.timer ??= setInterval(() => {
      this.running ??= sweepWaitingChats(this.services)
        .catch((error) => this.log.error({ err: error }, 'chat routing sweep failed'))
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
