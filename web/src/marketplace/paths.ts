import type { AppProduct } from './api/types';

export const marketplacePath = '/marketplace';
export const appPath = (appId: string) => `/marketplace/${encodeURIComponent(appId)}`;
export const installPath = (appId: string) => `${appPath(appId)}/install`;

/** Each product's My Apps page: Chat's tab, and Sell's Settings > Integrations > Apps > My apps. */
export const myAppsPath = (product: AppProduct) => (product === 'chat' ? '/chat/apps' : '/sell/settings/integrations/apps');
export const appSettingsPath = (product: AppProduct, installationId: number) => `${myAppsPath(product)}/${installationId}`;
