import { api, apiRequest } from '../../../ui/api';
import type {
  AuditFilter,
  AuditPage,
  CardField,
  PastChatExposure,
  SettingsAnswer,
  SettingsPatch,
  WidgetEditorAnswer,
  WidgetName,
  WidgetSummary,
} from './types';

export const SELL_CHAT_BASE = '/api/integrations/sell-chat';

export function fetchSettings(): Promise<SettingsAnswer> {
  return api.get<SettingsAnswer>(`${SELL_CHAT_BASE}/settings`);
}

export function patchSettings(patch: SettingsPatch): Promise<SettingsAnswer> {
  return api.patch<SettingsAnswer>(`${SELL_CHAT_BASE}/settings`, patch);
}

export function fetchPastChatExposure(): Promise<PastChatExposure> {
  return api.get<PastChatExposure>(`${SELL_CHAT_BASE}/past-chats/exposure`);
}

export function fetchWidgetEditor(): Promise<WidgetEditorAnswer> {
  return api.get<WidgetEditorAnswer>(`${SELL_CHAT_BASE}/widgets`);
}

export async function saveWidgetDraft(widget: WidgetName, fields: string[]): Promise<WidgetSummary> {
  return (await apiRequest<{ widget: WidgetSummary }>('PUT', `${SELL_CHAT_BASE}/widgets/${widget}`, { fields })).widget;
}

export async function publishWidget(widget: WidgetName): Promise<WidgetSummary> {
  return (await api.post<{ widget: WidgetSummary }>(`${SELL_CHAT_BASE}/widgets/${widget}/publish`)).widget;
}

export async function fetchWidgetPreview(widget: WidgetName): Promise<CardField[]> {
  return (await api.get<{ fields: CardField[] }>(`${SELL_CHAT_BASE}/widgets/${widget}/preview`)).fields;
}

/** The audit's filters as a query string (empty values left out), shared by the list and the CSV link. */
export function auditQuery(filter: AuditFilter, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...extra })) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function fetchAuditPage(filter: AuditFilter, cursor: number | null, limit: number): Promise<AuditPage> {
  return api.get<AuditPage>(`${SELL_CHAT_BASE}/audit${auditQuery(filter, { cursor: cursor ?? undefined, limit })}`);
}

export const auditCsvUrl = (filter: AuditFilter) => `${SELL_CHAT_BASE}/audit.csv${auditQuery(filter)}`;
