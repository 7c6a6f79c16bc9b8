import { useState } from 'react';
import type { BuiltinTopBarProps } from '../../app-host/builtinApps';
import { useSignedInSession } from '../../auth/useSession';
import { AgentLiveProvider } from '../../chat/live/AgentLiveProvider';
import { SignedInChat } from './SignedInChat';
import { SignedOutChat } from './SignedOutChat';
import { useChatSignIn } from './useChatSignIn';

/**
 * Chat for Sell (S-9, W-4, O-10): Chat in Sell's top bar for reps who are Chat agents. Signed in, the
 * page holds the same agent connection the Chat dashboard uses, so one session serves both products.
 */
export function ChatForSellTopBar({ app }: BuiltinTopBarProps) {
  const { user } = useSignedInSession();
  const signIn = useChatSignIn(user.id, app.settings.sign_in_on_load !== false);
  const [opened, setOpened] = useState(false);
  if (user.chatRole === 'none') return null;
  if (!signIn.signedIn) return <SignedOutChat opened={opened} setOpened={setOpened} onSignIn={signIn.signIn} />;
  return (
    <AgentLiveProvider>
      <SignedInChat opened={opened} setOpened={setOpened} onSignOut={signIn.signOut} />
    </AgentLiveProvider>
  );
}
