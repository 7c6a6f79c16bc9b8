import type { AppEventName, AppEvents } from '../../../shared/app-bridge/tandem-apps';

export type AppEventListener = (event: AppEventName, data: unknown) => void;

/** Where a location announces what happens (a message arrived, the chat ended) to its app frames. */
export type AppEventHub = {
  emit<E extends AppEventName>(event: E, data: AppEvents[E]): void;
  subscribe(listener: AppEventListener): () => void;
};

export function createAppEventHub(): AppEventHub {
  const listeners = new Set<AppEventListener>();
  return {
    emit(event, data) {
      for (const listener of listeners) listener(event, data);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
