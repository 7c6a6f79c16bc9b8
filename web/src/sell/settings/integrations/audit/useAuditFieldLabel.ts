import { useCallback, useMemo } from 'react';
import { useWidgetEditor } from '../../../../integrations/sell-chat/api/useWidgetEditor';
import type { CatalogueField } from '../../../../integrations/sell-chat/api/types';
import { useFieldLabel } from '../../../../integrations/sell-chat/useFieldLabel';

/** Field keys recorded in the audit ("email", "custom:12") as the names admins know. */
export function useAuditFieldLabel(): (key: string) => string {
  const editor = useWidgetEditor();
  const labelOf = useFieldLabel();
  const known = useMemo(() => {
    const map = new Map<string, CatalogueField>();
    for (const list of Object.values(editor.data?.catalogue ?? {})) for (const field of list) if (!map.has(field.key)) map.set(field.key, field);
    return map;
  }, [editor.data]);
  return useCallback((key: string) => labelOf(known.get(key) ?? { key, label: key, custom: false }), [known, labelOf]);
}
