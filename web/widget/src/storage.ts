import type { Identity, LogEntry, Pending } from './types';

const PREFIX = 'tandem.chat.';

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    /* private mode or full: the widget still works for this page */
  }
}

function newKey(): string {
  return crypto.randomUUID().replace(/-/g, '');
}

/** What the widget keeps in the visitor's browser so a chat survives page loads. */
export const storage = {
  visitorKey(): string {
    let key = read<string | null>('visitorKey', null);
    if (!key || !/^[A-Za-z0-9_-]{20,100}$/.test(key)) {
      key = newKey();
      write('visitorKey', key);
    }
    return key;
  },
  log: () => read<{ chatId: string; entries: LogEntry[] } | null>('log', null),
  saveLog: (chatId: string | null, entries: LogEntry[]) => write('log', chatId ? { chatId, entries: entries.slice(-300) } : null),
  pending: () => read<Pending[]>('pending', []),
  savePending: (pending: Pending[]) => write('pending', pending),
  open: () => read<boolean>('open', false),
  saveOpen: (open: boolean) => write('open', open),
  identity: () => read<Identity>('identity', {}),
  saveIdentity: (identity: Identity) => write('identity', identity),
};
