import { api, apiRequest } from '../../ui/api';
import { appListing } from './normalize';
import type { AppListing, AppProduct, FrameLocation, InstallCheck, Installation, LocationApp, ProxyRequest, ProxyResponse, SettingValue } from './types';

const BASE = '/api/marketplace';

export async function fetchApps(): Promise<AppListing[]> {
  const answer = await api.get<{ apps: Parameters<typeof appListing>[0][] }>(`${BASE}/apps`);
  return answer.apps.map(appListing);
}

export async function fetchApp(id: string): Promise<AppListing> {
  return appListing(await api.get<Parameters<typeof appListing>[0]>(`${BASE}/apps/${encodeURIComponent(id)}`));
}

export function checkInstall(appId: string, subdomain: string): Promise<InstallCheck> {
  return api.post<InstallCheck>(`${BASE}/apps/${encodeURIComponent(appId)}/check`, { subdomain });
}

export type InstallInput = { app_id: string; subdomain: string; settings: Record<string, SettingValue> };

export function installApp(input: InstallInput): Promise<{ installation: Installation; authorize_url: string | null }> {
  return api.post<{ installation: Installation; authorize_url: string | null }>(`${BASE}/installations`, input);
}

export async function fetchInstallations(product: AppProduct): Promise<Installation[]> {
  const answer = await api.get<{ installations: Installation[] }>(`${BASE}/installations?product=${product}`);
  return answer.installations;
}

export async function setInstallationEnabled(id: number, enabled: boolean): Promise<void> {
  await api.patch<unknown>(`${BASE}/installations/${id}`, { enabled });
}

export async function saveInstallationSettings(id: number, settings: Record<string, SettingValue>): Promise<void> {
  await apiRequest<unknown>('PUT', `${BASE}/installations/${id}/settings`, { settings });
}

export async function reauthorizeInstallation(id: number): Promise<string> {
  const answer = await api.post<{ authorize_url: string }>(`${BASE}/installations/${id}/authorize`);
  return answer.authorize_url;
}

export async function uninstallApp(id: number): Promise<void> {
  await api.delete<unknown>(`${BASE}/installations/${id}`);
}

export async function fetchLocationApps(location: FrameLocation): Promise<LocationApp[]> {
  const answer = await api.get<{ apps: LocationApp[] }>(`${BASE}/locations/${location}`);
  return answer.apps;
}

/** The server-side proxy behind an app's request(): tokens and secrets are added there. */
export function proxyAppRequest(installationId: number, request: ProxyRequest): Promise<ProxyResponse> {
  return api.post<ProxyResponse>(`${BASE}/installations/${installationId}/requests`, request);
}
