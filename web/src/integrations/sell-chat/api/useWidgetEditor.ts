import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchWidgetEditor, fetchWidgetPreview, publishWidget, saveWidgetDraft } from './sellChatApi';
import { sellChatKeys } from './sellChatKeys';
import type { WidgetEditorAnswer, WidgetName, WidgetSummary } from './types';

/** S-19, S-20: the three widgets and every field they can show. */
export function useWidgetEditor() {
  return useQuery({ queryKey: sellChatKeys.widgetEditor, queryFn: fetchWidgetEditor });
}

function useReplaceWidget() {
  const queryClient = useQueryClient();
  return (summary: WidgetSummary) =>
    queryClient.setQueryData<WidgetEditorAnswer>(sellChatKeys.widgetEditor, (answer) =>
      answer && { ...answer, widgets: answer.widgets.map((w) => (w.widget === summary.widget ? summary : w)) },
    );
}

/**
 * Saves the widget's draft on every change (the server keeps draft and published apart, S-21). The
 * list changes at once; a refused save puts the previous list back.
 */
export function useSaveWidgetDraft(widget: WidgetName) {
  const queryClient = useQueryClient();
  const replace = useReplaceWidget();
  const mutationKey = [...sellChatKeys.widgetEditor, widget, 'draft'];
  return useMutation({
    mutationKey,
    // One save at a time, in the order the admin made the changes.
    scope: { id: mutationKey.join('/') },
    mutationFn: (fields: string[]) => saveWidgetDraft(widget, fields),
    onMutate: async (fields) => {
      await queryClient.cancelQueries({ queryKey: sellChatKeys.widgetEditor });
      const previous = queryClient.getQueryData<WidgetEditorAnswer>(sellChatKeys.widgetEditor)?.widgets.find((w) => w.widget === widget);
      if (previous) replace({ ...previous, draft: fields, unpublishedChanges: JSON.stringify(fields) !== JSON.stringify(previous.published) });
      return { previous };
    },
    onError: (_error, _fields, context) => {
      if (context?.previous) replace(context.previous);
    },
    onSuccess: (summary) => {
      // A newer change waiting behind this one keeps its own list on screen.
      if (queryClient.isMutating({ mutationKey }) <= 1) replace(summary);
      void queryClient.invalidateQueries({ queryKey: sellChatKeys.settings });
    },
  });
}

/** S-21 Publish: the draft goes live for every agent at once. */
export function usePublishWidget(widget: WidgetName) {
  const queryClient = useQueryClient();
  const replace = useReplaceWidget();
  return useMutation({
    mutationFn: () => publishWidget(widget),
    onSuccess: (summary) => {
      replace(summary);
      void queryClient.invalidateQueries({ queryKey: sellChatKeys.settings });
    },
  });
}

/** S-21 Preview: the saved draft filled with sample data, as an agent's card would show it. */
export function useWidgetPreview(widget: WidgetName, draft: string[], enabled: boolean) {
  return useQuery({ queryKey: [...sellChatKeys.preview(widget), draft], queryFn: () => fetchWidgetPreview(widget), enabled, staleTime: 0 });
}
