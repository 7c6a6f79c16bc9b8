import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  checkInstall,
  fetchApp,
  fetchApps,
  fetchInstallations,
  fetchLocationApps,
  installApp,
  reauthorizeInstallation,
  saveInstallationSettings,
  setInstallationEnabled,
  uninstallApp,
  type InstallInput,
} from './marketplaceApi';
import { marketplaceKeys } from './marketplaceKeys';
import type { AppProduct, FrameLocation, Installation, SettingValue } from './types';

export const useApps = () => useQuery({ queryKey: marketplaceKeys.apps, queryFn: fetchApps });

export const useApp = (id: string) => useQuery({ queryKey: marketplaceKeys.app(id), queryFn: () => fetchApp(id) });

export const useInstallations = (product: AppProduct, enabled = true) =>
  useQuery({ queryKey: marketplaceKeys.installations(product), queryFn: () => fetchInstallations(product), enabled });

export const useLocationApps = (location: FrameLocation) => useQuery({ queryKey: marketplaceKeys.location(location), queryFn: () => fetchLocationApps(location) });

/** Any change to an installation can change the catalog, My Apps and every location. */
function useRefreshMarketplace() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: marketplaceKeys.all });
}

export function useCheckInstall() {
  return useMutation({ mutationFn: ({ appId, subdomain }: { appId: string; subdomain: string }) => checkInstall(appId, subdomain) });
}

export function useInstallApp() {
  const refresh = useRefreshMarketplace();
  return useMutation({ mutationFn: (input: InstallInput) => installApp(input), onSuccess: refresh });
}

/** The switch moves at once; a refusal puts it back when the lists are fetched again. */
export function useSetInstallationEnabled() {
  const queryClient = useQueryClient();
  const refresh = useRefreshMarketplace();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: number; enabled: boolean }) => setInstallationEnabled(id, enabled),
    onMutate: ({ id, enabled }) =>
      queryClient.setQueriesData<Installation[]>({ queryKey: marketplaceKeys.allInstallations }, (list) =>
        list?.map((installation) => (installation.id === id ? { ...installation, enabled } : installation)),
      ),
    onSettled: refresh,
  });
}

export function useSaveInstallationSettings() {
  const refresh = useRefreshMarketplace();
  return useMutation({
    mutationFn: ({ id, settings }: { id: number; settings: Record<string, SettingValue> }) => saveInstallationSettings(id, settings),
    onSuccess: refresh,
  });
}

export function useReauthorizeInstallation() {
  return useMutation({ mutationFn: (id: number) => reauthorizeInstallation(id) });
}

export function useUninstallApp() {
  const refresh = useRefreshMarketplace();
  return useMutation({ mutationFn: (id: number) => uninstallApp(id), onSuccess: refresh });
}
