import { io, type Socket } from 'socket.io-client';
import { storage } from './storage';
import type { Ack, Identity, LogEntry, OwnVisitor, Pending, VisitorChat, WidgetConfig } from './types';

export class RequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Refusals that may pass on a later try: the message is kept and sent again. */
const RETRYABLE = new Set(['rate_limited', 'internal']);

export type ChatState = {
  connected: boolean;
  ready: boolean;
  visitor: OwnVisitor | null;
  widget: WidgetConfig | null;
  chat: VisitorChat | null;
  entries: LogEntry[];
  pending: Pending[];
  agentTyping: string | null;
};

type Listener = () => void;
type Hook = (event: string, data: unknown) => void;

/**
 * The widget's connection to the Chat server: keeps the open chat's log by seq, sends messages with
 * its own ids until they are acknowledged (again after a reconnect or a reload), and catches up
 * after the last seq it has.
 */
export class ChatClient {
  readonly state: ChatState = { connected: false, ready: false, visitor: null, widget: null, chat: null, entries: [], pending: storage.pending(), agentTyping: null };
  private readonly socket: Socket;
  private readonly listeners = new Set<Listener>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private flushing = false;
  /** Details the host page gave before the connection was ready: sent after the next hello. */
  private unsentIdentity: Identity | null = null;

  constructor(
    base: string,
    private readonly hook: Hook,
  ) {
    const saved = storage.log();
    if (saved) this.state.entries = saved.entries;
    this.socket = io(`${base}/chat/visitor`, { auth: { visitorKey: storage.visitorKey() }, withCredentials: false });
    this.socket.on('connect', () => void this.greet());
    this.socket.on('disconnect', () => this.set({ connected: false }));
    this.socket.on('chat:log', (entry: LogEntry) => this.addEntries([entry]));
    this.socket.on('chat:updated', (chat: VisitorChat) => this.setChat(chat));
    this.socket.on('chat:typing', (p: { chatId: string; typing: boolean; agent: { name: string } }) => this.agentTyping(p));
    this.socket.on('chat:read', (p: { chatId: string; seq: number }) => {
      if (this.state.chat?.id === p.chatId) this.setChat({ ...this.state.chat, agentReadSeq: Math.max(this.state.chat.agentReadSeq, p.seq) });
    });
    this.socket.on('account:status', (p: { status: 'online' | 'offline' }) => {
      if (this.state.widget) this.set({ widget: { ...this.state.widget, accountStatus: p.status } });
      this.hook('status', p.status);
    });
    this.socket.on('visitor:updated', (visitor: OwnVisitor) => this.set({ visitor }));
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<ChatState>): void {
    Object.assign(this.state, patch);
    for (const listener of this.listeners) listener();
  }

  private async request<T>(event: string, payload: unknown): Promise<T> {
    const ack = (await this.socket.timeout(10_000).emitWithAck(event, payload)) as Ack<T>;
    if (!ack.ok) throw new RequestError(ack.error.code, ack.error.message, ack.error.fields, ack.error.retryAfterSeconds);
    return ack;
  }

  /** Says hello on a (re)connect; if that fails while still connected (a slow server), tries again. */
  private async greet(): Promise<void> {
    try {
      await this.hello();
    } catch {
      if (this.socket.connected) setTimeout(() => void this.greet(), 2000);
      // Otherwise the next connect says hello.
    }
  }

  /** On every connect and reconnect: who we are, the widget's look, and what we missed. */
  private async hello(): Promise<void> {
    const saved = storage.log();
    const lastSeq = saved && this.state.entries.length ? this.state.entries[this.state.entries.length - 1].seq : 0;
    const page = { url: location.href, ...(document.title ? { title: document.title.slice(0, 500) } : {}) };
    // The chat shown comes back even if it ended meanwhile, with what was said before the end.
    const answer = await this.request<{ visitor: OwnVisitor; widget: WidgetConfig; chat: VisitorChat | null; entries: LogEntry[]; hasMore: boolean }>(
      'visitor:hello',
      { page, lastSeq, ...(saved ? { chatId: saved.chatId } : {}) },
    );
    const sameChat = answer.chat && saved?.chatId === answer.chat.id;
    if (!sameChat) this.state.entries = [];
    this.set({ connected: true, ready: true, visitor: answer.visitor, widget: answer.widget });
    this.setChat(answer.chat);
    if (answer.chat && sameChat) this.addEntries(answer.entries);
    if (answer.chat && (!sameChat || answer.hasMore)) await this.catchUp(answer.chat.id);
    this.hook('status', answer.widget.accountStatus);
    if (this.unsentIdentity) await this.identify(this.unsentIdentity).catch(() => undefined);
    await this.flush();
  }

  private async catchUp(chatId: string): Promise<void> {
    for (;;) {
      const afterSeq = this.state.entries.length ? this.state.entries[this.state.entries.length - 1].seq : 0;
      const page = await this.request<{ entries: LogEntry[]; hasMore: boolean }>('chat:history', { chatId, afterSeq });
      this.addEntries(page.entries);
      if (!page.hasMore || page.entries.length === 0) return;
    }
  }

  private setChat(chat: VisitorChat | null): void {
    const wasOpen = this.state.chat && this.state.chat.status !== 'ended';
    this.set({ chat });
    if (chat && chat.status === 'ended' && wasOpen) this.hook('chat.ended', { chatId: chat.id });
    storage.saveLog(chat?.id ?? null, this.state.entries);
  }

  private addEntries(incoming: LogEntry[]): void {
    const chatId = this.state.chat?.id;
    const known = new Set(this.state.entries.map((e) => e.seq));
    const fresh = incoming.filter((e) => e.chatId === chatId && !known.has(e.seq));
    if (fresh.length === 0) return;
    const entries = [...this.state.entries, ...fresh].sort((a, b) => a.seq - b.seq);
    const stored = new Set(fresh.map((e) => e.clientId).filter(Boolean));
    const pending = this.state.pending.filter((p) => !stored.has(p.clientId));
    if (pending.length !== this.state.pending.length) storage.savePending(pending);
    const agentTyping = fresh.some((e) => e.author.kind === 'agent' && e.type === 'chat.msg') ? null : this.state.agentTyping;
    this.set({ entries, pending, agentTyping });
    storage.saveLog(chatId ?? null, entries);
    for (const entry of fresh) if (entry.type === 'chat.msg') this.hook('chat.message', { ...entry });
    const last = entries[entries.length - 1];
    if (chatId && this.state.chat?.status !== 'ended') this.socket.emit('chat:read', { chatId, seq: last.seq }, () => undefined);
  }

  private agentTyping(p: { chatId: string; typing: boolean; agent: { name: string } }): void {
    if (p.chatId !== this.state.chat?.id) return;
    clearTimeout(this.typingTimer);
    this.set({ agentTyping: p.typing ? p.agent.name : null });
    if (p.typing) this.typingTimer = setTimeout(() => this.set({ agentTyping: null }), 10_000);
  }

  /** clientId: the form's own id for its first message, the same on every try so it is stored once. */
  async startChat(details: Identity, text: string, clientId: string): Promise<void> {
    const message = text.trim() ? { message: { clientId, text } } : {};
    const payload = { ...clean(details), ...message };
    const answer = await this.request<{ chat: VisitorChat; entries: LogEntry[]; created: boolean }>('chat:start', payload);
    this.state.entries = [];
    this.setChat(answer.chat);
    this.addEntries(answer.entries);
    storage.saveIdentity({ ...storage.identity(), ...clean(details) });
    if (answer.created) this.hook('chat.started', { chatId: answer.chat.id });
  }

  /** Sends a message; it stays "sending" (and is sent again after a reconnect or reload) until stored. */
  send(text: string): void {
    const chat = this.state.chat;
    if (!chat || chat.status === 'ended' || !text.trim()) return;
    const pending = [...this.state.pending, { chatId: chat.id, clientId: crypto.randomUUID(), text }];
    storage.savePending(pending);
    this.set({ pending });
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.flushing || !this.state.ready) return;
    this.flushing = true;
    let retryInMs = 2000;
    try {
      while (this.socket.connected) {
        const next = this.state.pending.find((p) => p.chatId === this.state.chat?.id);
        const stale = this.state.pending.filter((p) => p.chatId !== this.state.chat?.id);
        if (stale.length) {
          this.state.pending = this.state.pending.filter((p) => !stale.includes(p));
          storage.savePending(this.state.pending);
        }
        if (!next) break;
        try {
          const { entry } = await this.request<{ entry: LogEntry }>('chat:message', next);
          this.addEntries([entry]);
        } catch (error) {
          // Ended or refused: it can never be stored, so stop offering it. No answer, too fast or a
          // server hiccup: keep it (in order) and send it again with the same id.
          if (error instanceof RequestError && !RETRYABLE.has(error.code)) {
            this.set({ pending: this.state.pending.filter((p) => p !== next) });
            storage.savePending(this.state.pending);
          } else {
            if (error instanceof RequestError && error.retryAfterSeconds) retryInMs = error.retryAfterSeconds * 1000;
            break;
          }
        }
      }
    } finally {
      this.flushing = false;
    }
    if (this.state.pending.some((p) => p.chatId === this.state.chat?.id) && this.socket.connected) setTimeout(() => void this.flush(), retryInMs);
  }

  typing(typing: boolean): void {
    if (this.state.chat && this.state.chat.status !== 'ended') this.socket.emit('chat:typing', { chatId: this.state.chat.id, typing });
  }

  async end(): Promise<void> {
    if (!this.state.chat) return;
    const answer = await this.request<{ chat: VisitorChat; entries: LogEntry[] }>('chat:end', { chatId: this.state.chat.id });
    this.setChat(answer.chat);
    this.addEntries(answer.entries);
  }

  async rate(rating: 'good' | 'bad' | null, comment?: string): Promise<void> {
    if (!this.state.chat) return;
    const payload = { chatId: this.state.chat.id, ...(rating !== undefined ? { rating } : {}), ...(comment ? { comment } : {}) };
    const answer = await this.request<{ chat: VisitorChat; entries: LogEntry[] }>('chat:rate', payload);
    this.setChat(answer.chat);
    this.addEntries(answer.entries);
  }

  /** Leaves an ended chat behind so the pre-chat form shows again. */
  forgetChat(): void {
    this.state.entries = [];
    storage.saveLog(null, []);
    this.set({ chat: null });
  }

  async identify(details: Identity): Promise<void> {
    storage.saveIdentity({ ...storage.identity(), ...details });
    if (!this.state.ready || !this.socket.connected) {
      this.unsentIdentity = { ...this.unsentIdentity, ...details };
      return;
    }
    this.unsentIdentity = null;
    const answer = await this.request<{ visitor: OwnVisitor }>('visitor:identify', details);
    this.set({ visitor: answer.visitor });
    this.hook('identify', { ...answer.visitor });
  }

  async sendOffline(details: { name: string; email: string; phone?: string; message: string }): Promise<void> {
    await this.request('offline:send', clean(details));
    storage.saveIdentity({ ...storage.identity(), name: details.name, email: details.email, ...(details.phone ? { phone: details.phone } : {}) });
  }
}

/** Leaves out empty optional fields: the server treats '' as "clear it". */
function clean<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Partial<T>;
}
