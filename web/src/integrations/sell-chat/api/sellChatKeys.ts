import type { AuditFilter, WidgetName } from './types';

/** Query keys of the integration's data; all start with 'sell-chat' so one invalidation reaches them. */
export const sellChatKeys = {
  all: ['sell-chat'] as const,
  settings: ['sell-chat', 'settings'] as const,
  exposure: ['sell-chat', 'past-chats-exposure'] as const,
  widgetEditor: ['sell-chat', 'widgets'] as const,
  preview: (widget: WidgetName) => ['sell-chat', 'widgets', widget, 'preview'] as const,
  audit: (filter: AuditFilter, cursor: number | null, limit: number) => ['sell-chat', 'audit', filter, cursor, limit] as const,
};
