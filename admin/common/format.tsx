import { useMemo } from 'react';
import {
  DateField as RaDateField,
  NumberField as RaNumberField,
  useLocaleState,
  type DateFieldProps,
  type NumberFieldProps,
} from 'react-admin';

/** The UI language's formatting locale: the panel formats by its own language, never the browser's. */
const LOCALE_TAGS: Record<string, string> = { ru: 'ru-RU', en: 'en-GB' };

const DATE: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

type DateInput = string | number | Date | null | undefined;

/** Formatting functions bound to a locale tag ("ru-RU": "03.12.2026, 09:24", "2 500", "0,84"). */
export function formatterFor(tag: string) {
  const valid = (value: DateInput): value is string | number | Date => value !== null && value !== undefined && value !== '' && !Number.isNaN(new Date(value).getTime());
  return {
    locale: tag,
    dateTime: (value: DateInput) => (valid(value) ? new Date(value).toLocaleString(tag, DATE_TIME) : ''),
    date: (value: DateInput) => (valid(value) ? new Date(value).toLocaleDateString(tag, DATE) : ''),
    longDate: (value: DateInput) => (valid(value) ? new Date(value).toLocaleDateString(tag, { day: 'numeric', month: 'long', year: 'numeric' }) : ''),
    number: (value: number, options?: Intl.NumberFormatOptions) => value.toLocaleString(tag, options),
  };
}

export type Formatter = ReturnType<typeof formatterFor>;

/** The one way the panel writes dates and numbers: in the UI's language (see LOCALE_TAGS). */
export function useFormat(): Formatter {
  const [locale] = useLocaleState();
  const tag = LOCALE_TAGS[locale] ?? LOCALE_TAGS.ru;
  return useMemo(() => formatterFor(tag), [tag]);
}

/** react-admin's DateField in the UI's language: "03.12.2026, 09:24" with showTime. */
export function DateField(props: DateFieldProps) {
  const { locale } = useFormat();
  return <RaDateField locales={locale} options={props.showTime ? DATE_TIME : DATE} {...props} />;
}

/** react-admin's NumberField in the UI's language: "2 500", "0,84". */
export function NumberField(props: NumberFieldProps) {
  const { locale } = useFormat();
  return <RaNumberField locales={locale} {...props} />;
}
