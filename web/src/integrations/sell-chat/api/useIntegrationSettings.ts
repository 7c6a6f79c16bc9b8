import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchSettings, patchSettings } from './sellChatApi';
import { sellChatKeys } from './sellChatKeys';
import type { IntegrationSettings, OwnerEntry, SettingsAnswer, SettingsPatch } from './types';

/** The Chat integration's settings page answer (S-7 … S-21). */
export function useIntegrationSettings() {
  return useQuery({ queryKey: sellChatKeys.settings, queryFn: fetchSettings, retry: (count, error) => count < 2 && !isRefusal(error) });
}

function isRefusal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && [401, 403, 404].includes((error as { status: number }).status);
}

type Snapshot = Partial<IntegrationSettings>;

const SAVE_KEY = [...sellChatKeys.settings, 'save'];

/** The settings as they will be once `patch` is saved, where that can be known before the server answers. */
function applied(answer: SettingsAnswer, patch: SettingsPatch): SettingsAnswer {
  const { assignSourceName: _typed, ownerEntries, ...plain } = patch;
  const next: IntegrationSettings = { ...answer.settings, ...plain };
  if (ownerEntries) {
    const named = (kind: OwnerEntry['kind'], id: number) =>
      answer.settings.ownerEntries.find((e) => e.kind === kind && e.id === id)?.name ??
      (kind === 'user' ? answer.choices?.users : answer.choices?.pools)?.find((c) => c.id === id)?.name ??
      `#${id}`;
    next.ownerEntries = ownerEntries.map((e) => ({ ...e, name: named(e.kind, e.id), unavailable: null }));
  }
  return { ...answer, settings: next };
}

/** What the keys of `patch` held before, so a failed save can put exactly those back. */
function snapshotOf(settings: IntegrationSettings, patch: SettingsPatch): Snapshot {
  const keys = Object.keys(patch).map((key) => (key === 'assignSourceName' ? 'assignSourceId' : key)) as (keyof IntegrationSettings)[];
  return Object.fromEntries(keys.map((key) => [key, settings[key]])) as Snapshot;
}

/**
 * Saves one setting as soon as it changes (S-15): the page shows the new value at once, and a save
 * that fails puts the previous value back. Each control uses its own instance, so each can say
 * "Saved" or "Not saved" for itself.
 */
export function useSaveSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: SAVE_KEY,
    // One save at a time, in the order the admin made the changes.
    scope: { id: 'sell-chat-settings' },
    mutationFn: patchSettings,
    onMutate: async (patch: SettingsPatch) => {
      await queryClient.cancelQueries({ queryKey: sellChatKeys.settings });
      const current = queryClient.getQueryData<SettingsAnswer>(sellChatKeys.settings);
      if (!current) return { previous: null };
      queryClient.setQueryData<SettingsAnswer>(sellChatKeys.settings, applied(current, patch));
      return { previous: snapshotOf(current.settings, patch) };
    },
    onError: (_error, _patch, context) => {
      const previous = context?.previous;
      if (previous) {
        queryClient.setQueryData<SettingsAnswer>(sellChatKeys.settings, (answer) => answer && { ...answer, settings: { ...answer.settings, ...previous } });
      }
      void queryClient.invalidateQueries({ queryKey: sellChatKeys.settings });
    },
    onSuccess: (answer, patch) => {
      // A newer change waiting behind this one keeps its value on screen; its own answer follows.
      if (queryClient.isMutating({ mutationKey: SAVE_KEY }) <= 1) queryClient.setQueryData(sellChatKeys.settings, answer);
      if ('accessMode' in patch || 'pastChatsEnabled' in patch) void queryClient.invalidateQueries({ queryKey: sellChatKeys.exposure });
    },
  });
}
