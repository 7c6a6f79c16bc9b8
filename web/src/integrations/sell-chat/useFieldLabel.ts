import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueField } from './api/types';

/** A widget field's name in the reader's language: standard fields are translated, custom ones keep their own name. */
export function useFieldLabel(): (field: Pick<CatalogueField, 'key' | 'label' | 'custom'>) => string {
  const { t, i18n } = useTranslation('sellChat');
  return useCallback(
    (field) => {
      if (field.custom) return field.label;
      const key = `fields.standard.${field.key}`;
      return i18n.exists(key, { ns: 'sellChat' }) ? String(t(key as never)) : field.label;
    },
    [t, i18n],
  );
}
