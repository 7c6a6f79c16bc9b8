import type { WidgetName } from './api/types';

/** Sell › Settings › Integrations › Integrations, where the Chat integration is enabled and set up (S-7). */
export const integrationsPath = '/sell/settings/integrations/integrations';
export const chatSettingsPath = `${integrationsPath}/chat`;
export const fieldSettingsPath = `${chatSettingsPath}/fields`;
export const widgetEditorPath = (widget: WidgetName) => `${fieldSettingsPath}/${widget}`;
export const readAuditPath = `${chatSettingsPath}/read-audit`;

/** The two apps the integration is made of (their Marketplace listings and where each is managed). */
export const SELL_FOR_CHAT = 'sell-for-chat';
export const CHAT_FOR_SELL = 'chat-for-sell';
