import { Text, type TextProps } from '@mantine/core';
import { useSellFormat } from '../format/useSellFormat';

/** A deal's value in its currency, formatted for the reader's language. */
export function DealValue({ value, currency, ...props }: { value: string; currency: string } & TextProps) {
  const format = useSellFormat();
  return (
    <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} {...props}>
      {format.money(value, currency)}
    </Text>
  );
}
