import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TokenScope } from '../../api/types';
import { useSellFormat } from '../../format/useSellFormat';

/** The cells that API tokens and authorized apps show alike: what the access allows and its dates. */

export function ScopeBadges({ scopes, withHints = false }: { scopes: TokenScope[]; withHints?: boolean }) {
  const { t } = useTranslation('sell');
  return (
    <Group gap={4}>
      {scopes.map((scope) => (
        <Badge key={scope} variant="light" color="gray" tt="none" radius="sm" title={withHints ? t(`settings.tokens.scopeHint.${scope}`) : undefined}>
          {t(`settings.tokens.scope.${scope}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function CreatedText({ at }: { at: string }) {
  const format = useSellFormat();
  return (
    <Text size="sm" c="dimmed">
      {format.date(at)}
    </Text>
  );
}

export function LastUsedText({ at, never }: { at: string | null; never: string }) {
  const format = useSellFormat();
  return (
    <Text size="sm" c="dimmed" title={at ? format.dateTime(at) : undefined}>
      {at ? format.relative(at) : never}
    </Text>
  );
}
