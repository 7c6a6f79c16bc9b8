import type { TFunction } from 'i18next';
import type { VisitorView } from '../types';

/** What to call a visitor: their name, else their email, else "Visitor 12". Always shown as text. */
export function visitorLabel(visitor: Pick<VisitorView, 'id' | 'name' | 'email'>, t: TFunction<'chat'>): string {
  return visitor.name || visitor.email || t('visitor.anonymous', { id: visitor.id });
}
