import { createContext } from 'react';
import type { Account, SessionInfo, User } from '../ui/types';

export interface SessionContextValue {
  /** True while no account exists yet and the setup page must run. */
  setupNeeded: boolean;
  /** The signed-in session, or null when signed out. */
  session: SessionInfo | null;
  /** True after the user signed out themselves (so sign-in need not send them back). */
  signedOutByUser: boolean;
  /** Stores a session answered by sign-in or setup. */
  startSession: (info: SessionInfo) => void;
  /** Signs out on the server and forgets everything cached for this session. */
  signOut: () => Promise<void>;
  /** Keeps the header in step after the user or account changed. */
  updateSessionUser: (user: User) => void;
  updateSessionAccount: (account: Account) => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);
