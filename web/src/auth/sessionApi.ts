import { api, setCsrfToken } from '../ui/api';
import { isApiError } from '../ui/ApiError';
import type { Locale, SessionInfo, User } from '../ui/types';

export interface SetupInput {
  accountName: string;
  subdomain: string;
  ownerName: string;
  email: string;
  password: string;
}

export async function fetchSetupNeeded(): Promise<boolean> {
  const answer = await api.get<{ needed: boolean }>('/api/setup');
  return answer.needed;
}

/** The current session, or null when nobody is signed in. */
export async function fetchSession(): Promise<SessionInfo | null> {
  try {
    const session = await api.get<SessionInfo>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function runSetup(input: SetupInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/api/setup', input);
}

export function signIn(email: string, password: string): Promise<SessionInfo> {
  return api.post<SessionInfo>('/api/session', { email, password });
}

export function deleteSession(): Promise<void> {
  return api.delete<void>('/api/session');
}

export async function saveMyLocale(locale: Locale): Promise<User> {
  const answer = await api.patch<{ user: User }>('/api/me', { locale });
  return answer.user;
}
