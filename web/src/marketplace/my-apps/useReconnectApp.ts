import { useReauthorizeInstallation } from '../api/useMarketplaceApi';
import { useNotify } from '../../ui/useNotify';

/** Reconnect (O-9): a new authorization for an installation whose grant was revoked. */
export function useReconnectApp() {
  const reauthorize = useReauthorizeInstallation();
  const notify = useNotify();
  return {
    pending: reauthorize.isPending,
    reconnect: (installationId: number) =>
      reauthorize.mutate(installationId, {
        onSuccess: (authorizeUrl) => window.location.assign(authorizeUrl),
        onError: (error) => notify.error(error),
      }),
  };
}
