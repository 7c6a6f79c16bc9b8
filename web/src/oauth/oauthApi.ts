import { api } from '../ui/api';

export type OAuthScope = 'read' | 'write' | 'profile' | 'sync';

/** What the dialog shows about a valid authorization request. */
export interface AuthorizationRequestInfo {
  client: { name: string };
  account: { name: string; subdomain: string };
  user: { name: string; email: string };
  scopes: OAuthScope[];
}

/** A request the app itself must hear about (bad scope, missing PKCE…): the browser goes back to it. */
export interface AuthorizationRedirect {
  redirect_to: string;
}

export type AuthorizationAnswer = AuthorizationRequestInfo | AuthorizationRedirect;

export function isRedirect(answer: AuthorizationAnswer): answer is AuthorizationRedirect {
  return 'redirect_to' in answer;
}

/** `search` is the authorize URL's query, passed on as the app sent it. */
export function fetchAuthorizationRequest(search: string): Promise<AuthorizationAnswer> {
  return api.get<AuthorizationAnswer>(`/api/oauth/authorization?${search}`);
}

export function decideAuthorization(search: string, decision: 'authorize' | 'cancel'): Promise<AuthorizationRedirect> {
  const params = Object.fromEntries(new URLSearchParams(search));
  return api.post<AuthorizationRedirect>('/api/oauth/authorization', { ...params, decision });
}
