/**
 * Chat's public interface (A-7 … A-11). Nothing outside src/chat reaches into its folders: the app
 * registers the plugin, the command line drives the operations below, and integrations subscribe to
 * the events of chat-events.ts through the outbox.
 */
import './chat-events.ts';

export { chatPlugin } from './chat-plugin.ts';
export type { VisitorSnapshot } from './chat-events.ts';
export { chatContext, type ChatActor, type ChatContext, type ChatServices } from './chat-context.ts';
export { chatDb } from './chat-tables.ts';
export { offlineChatLive } from './live/chat-live.ts';
export type { ChatView } from './conversations/chat-view.ts';
export type { LogEntry } from './conversations/log-entry.ts';
export type { OfflineMessageView } from './offline/offline-message-view.ts';

export { connectVisitor } from './visitors/connect-visitor.ts';
export { identifyVisitor } from './visitors/identify-visitor.ts';
export { startChat } from './conversations/start-chat.ts';
export { serveChat } from './conversations/serve-chat.ts';
export { sendMessage } from './conversations/send-message.ts';
export { transferChat } from './conversations/transfer-chat.ts';
export { rateChat } from './conversations/rate-chat.ts';
export { endChat } from './conversations/end-chat.ts';
export { getTranscript } from './conversations/get-transcript.ts';
export { getChat } from './conversations/get-chat.ts';
export { findChatsByVisitorEmail } from './conversations/find-chats-by-visitor-email.ts';
export { listVisitorEmails } from './conversations/list-visitor-emails.ts';
export { sendOfflineMessage } from './offline/send-offline-message.ts';
export { createDepartment } from './settings/create-department.ts';
export { updateChatSettings } from './settings/update-chat-settings.ts';
export { sweepWaitingChats } from './routing/sweep-waiting-chats.ts';
