import { useEffect, useRef, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AppContext, AppLocation } from '../../../shared/app-bridge/tandem-apps';
import { useSignedInSession } from '../auth/useSession';
import { toSupportedLanguage } from '../i18n/languages';
import { proxyAppRequest } from '../marketplace/api/marketplaceApi';
import { marketplaceKeys } from '../marketplace/api/marketplaceKeys';
import { isApiError } from '../ui/ApiError';
import type { AppEventHub } from './appEventHub';
import { HostBridge } from './hostBridge';

export type BridgeOptions = {
  installationId: number;
  location: AppLocation;
  /** In chat_sidebar: the chat beside the app. */
  chat?: AppContext['chat'];
  events?: AppEventHub;
};

/**
 * Connects an app frame to the page: answers its context (always the current one) and requests,
 * and passes on the location's events.
 */
export function useHostBridge(frameRef: RefObject<HTMLIFrameElement | null>, options: BridgeOptions): void {
  const { account, user } = useSignedInSession();
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const contextRef = useRef<AppContext | null>(null);
  contextRef.current = {
    account: { name: account.name, subdomain: account.subdomain },
    user: { id: user.id, name: user.name, email: user.email },
    location: options.location,
    locale: toSupportedLanguage(i18n.resolvedLanguage),
    installation_id: options.installationId,
    ...(options.chat ? { chat: options.chat } : {}),
  };
  const { installationId, events } = options;

  useEffect(() => {
    const bridge = new HostBridge(() => frameRef.current?.contentWindow ?? null, {
      context: () => contextRef.current as AppContext,
      request: (request) =>
        proxyAppRequest(installationId, request).catch((error: unknown) => {
          // Its grant was revoked (O-9): the places that show it switch to offering Reconnect.
          if (isApiError(error) && error.code === 'needs_authorization') void queryClient.invalidateQueries({ queryKey: marketplaceKeys.all });
          throw error;
        }),
    });
    const stop = bridge.start();
    const unsubscribe = events?.subscribe((event, data) => bridge.deliver(event, data));
    return () => {
      stop();
      unsubscribe?.();
    };
  }, [frameRef, installationId, events, queryClient]);
}
