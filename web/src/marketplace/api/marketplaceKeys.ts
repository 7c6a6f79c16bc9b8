import type { AppProduct, FrameLocation } from './types';

/** Query keys of the marketplace; all start with 'marketplace' so one invalidation refreshes them. */
export const marketplaceKeys = {
  all: ['marketplace'] as const,
  apps: ['marketplace', 'apps'] as const,
  app: (id: string) => ['marketplace', 'apps', id] as const,
  allInstallations: ['marketplace', 'installations'] as const,
  installations: (product: AppProduct) => ['marketplace', 'installations', product] as const,
  location: (location: FrameLocation) => ['marketplace', 'location', location] as const,
};
