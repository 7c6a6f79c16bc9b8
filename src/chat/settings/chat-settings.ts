import type { ChatExecutor, PrechatField, RoutingMode, SettingsRow } from '../chat-tables.ts';
import { findSettings } from './settings.repo.ts';

export type ChatSettings = {
  routingMode: RoutingMode;
  /** Concurrent chats per agent (0–20); 0 means no limit. */
  chatLimit: number;
  /** Assigned routing: seconds an agent has to serve an offered chat before it goes to another. */
  reassignmentTimeoutSeconds: number;
  widget: {
    color: string;
    greeting: string;
    offlineGreeting: string;
    prechat: { name: PrechatField; email: PrechatField; phone: PrechatField };
  };
  updatedAt: string | null;
};

const DEFAULT_SETTINGS: ChatSettings = {
  routingMode: 'broadcast',
  chatLimit: 0,
  reassignmentTimeoutSeconds: 30,
  widget: {
    color: '#1f73b7',
    greeting: 'Hi! How can we help you today?',
    offlineGreeting: 'Sorry, nobody is available right now. Leave a message and we will get back to you by email.',
    prechat: { name: 'optional', email: 'optional', phone: 'hidden' },
  },
  updatedAt: null,
};

export function toChatSettings(row: SettingsRow | undefined): ChatSettings {
  if (!row) return DEFAULT_SETTINGS;
  return {
    routingMode: row.routing_mode,
    chatLimit: row.chat_limit,
    reassignmentTimeoutSeconds: row.reassignment_timeout_seconds,
    widget: {
      color: row.widget_color,
      greeting: row.greeting,
      offlineGreeting: row.offline_greeting,
      prechat: { name: row.prechat_name, email: row.prechat_email, phone: row.prechat_phone },
    },
    updatedAt: row.updated_at,
  };
}

/** The account's Chat settings, or the defaults until an admin saves some. */
export async function loadChatSettings(db: ChatExecutor, accountId: number): Promise<ChatSettings> {
  return toChatSettings(await findSettings(db, accountId));
}
