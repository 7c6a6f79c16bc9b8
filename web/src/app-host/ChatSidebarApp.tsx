import type { AppContext } from '../../../shared/app-bridge/tandem-apps';
import type { LocationApp } from '../marketplace/api/types';
import { AppFrame } from './AppFrame';
import type { AppEventHub } from './appEventHub';
import { BuiltinSidebarApp } from './BuiltinApp';
import { NeedsReconnect } from './NeedsReconnect';

type ChatSidebarAppProps = { app: LocationApp; chat: NonNullable<AppContext['chat']>; events: AppEventHub };

/** One app beside a chat: Reconnect when its grant is gone (O-9), a built-in app's component, or a sandboxed frame. */
export function ChatSidebarApp({ app, chat, events }: ChatSidebarAppProps) {
  if (app.status === 'needs_authorization') return <NeedsReconnect name={app.name} installationId={app.installation_id} />;
  if (app.builtin || !app.frame_url) return <BuiltinSidebarApp key={chat.id} app={app} chat={chat} />;
  return (
    <AppFrame
      key={chat.id}
      name={app.name}
      frameUrl={app.frame_url}
      height={360}
      installationId={app.installation_id}
      location="chat_sidebar"
      chat={chat}
      events={events}
    />
  );
}
