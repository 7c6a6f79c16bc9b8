import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2025-03-01" is a calendar day, not midnight UTC: read it in local time so it never shifts a day. */
function toDate(value: string): Date {
  const match = DATE_ONLY.exec(value);
  if (match) return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(value);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

export interface SellFormat {
  number(value: number): string;
  /** A decimal string in its currency, e.g. "1000.5" USD → "$1,000.50" (en) or "$1,000.50" (ja). */
  money(value: string, currency: string): string;
  date(value: string): string;
  dateTime(value: string): string;
  /** "3 minutes ago", "昨日". */
  relative(value: string): string;
}

/** Numbers, money and dates for the current language, with Intl. */
export function useSellFormat(): SellFormat {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(language);
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const relativeFormat = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string) => {
      let format = moneyFormats.get(currency);
      if (!format) {
        try {
          format = new Intl.NumberFormat(language, { style: 'currency', currency });
        } catch {
          format = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        }
        moneyFormats.set(currency, format);
      }
      return format;
    };
    return {
      number: (value) => numberFormat.format(value),
      // Intl formats decimal strings exactly; the DOM typings only know numbers.
      money: (value, currency) => moneyFormat(currency).format(value as unknown as number),
      date: (value) => dateFormat.format(toDate(value)),
      dateTime: (value) => dateTimeFormat.format(toDate(value)),
      relative: (value) => {
        let amount = (toDate(value).getTime() - Date.now()) / 1000;
        for (const [unit, size] of RELATIVE_STEPS) {
          if (Math.abs(amount) < size) return relativeFormat.format(Math.round(amount), unit);
          amount /= size;
        }
        return dateFormat.format(toDate(value));
      },
    };
  }, [language]);
}
