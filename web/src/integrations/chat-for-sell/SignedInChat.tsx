import { useTranslation } from 'react-i18next';
import { useLive } from '../../chat/live/liveContext';
import { ChatPanelHeader } from './ChatPanelHeader';
import { ChatTopBarFrame, type PanelState } from './ChatTopBarFrame';
import type { ChatPresence } from './ChatTopBarIcon';
import { ChatWorkspace } from './ChatWorkspace';
import { useRequestAlert } from './useRequestAlert';

/** Signed in to Chat from Sell: the icon shows the rep's status and waiting requests; the panel is a whole chat desk. */
export function SignedInChat({ opened, setOpened, onSignOut }: PanelState & { onSignOut: () => void }) {
  const { t } = useTranslation('chatForSell');
  const { t: tChat } = useTranslation('chat');
  const { state } = useLive();
  const waiting = state.incoming.length;
  const presence: ChatPresence = state.connected && state.me ? state.me.status : 'connecting';
  const flashing = presence === 'online' && waiting > 0;
  useRequestAlert(flashing);
  const status = t(`presence.${presence}`);
  const label = waiting > 0 ? t('icon.labelWaiting', { status, serve: tChat('incoming.serveCount', { count: waiting }) }) : t('icon.label', { status });
  return (
    <ChatTopBarFrame opened={opened} setOpened={setOpened} presence={presence} waiting={waiting} flashing={flashing} label={label} wide>
      <ChatPanelHeader onSignOut={onSignOut} onClose={() => setOpened(false)} />
      <ChatWorkspace />
    </ChatTopBarFrame>
  );
}
