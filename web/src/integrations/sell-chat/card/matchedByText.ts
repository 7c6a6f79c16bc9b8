import type { TFunction } from 'i18next';
import type { MatchReason } from './cardTypes';

/** "Matched by email", "Matched by phone (Mobile)", "Matched by email and phone" (O-5). */
export function matchedByText(reasons: MatchReason[], t: TFunction<'sellChatCard'>): string {
  const parts = [...new Set(reasons.map((reason) => reason.by))].map((by) => {
    const reason = reasons.find((r) => r.by === by)!;
    const where =
      reason.field === 'custom' && reason.customFieldName
        ? reason.customFieldName
        : reason.field === 'mobile'
          ? t('matchedBy.mobile')
          : null;
    return where ? t('matchedBy.inField', { by: t(`matchedBy.${by}`), field: where }) : t(`matchedBy.${by}`);
  });
  return parts.length === 2 ? t('matchedBy.both', { first: parts[0], second: parts[1] }) : t('matchedBy.one', { what: parts[0] ?? '' });
}
