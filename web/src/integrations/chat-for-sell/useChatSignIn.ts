import { useSessionStorage } from '@mantine/hooks';

/**
 * Whether this tab is signed in to Chat from Sell (O-10). "Sign in on load" on: opening Sell connects
 * the rep, with the status they last chose (the server keeps it). Off: they connect from the icon.
 * Signing in or out from the icon holds for the rest of the tab's life, whichever the setting.
 */
export function useChatSignIn(userId: number, signInOnLoad: boolean) {
  const [choice, setChoice] = useSessionStorage<'in' | 'out' | null>({ key: `tandem.chat-in-sell.${userId}`, defaultValue: null });
  return {
    signedIn: choice === null ? signInOnLoad : choice === 'in',
    signIn: () => setChoice('in'),
    signOut: () => setChoice('out'),
  };
}
