import { zh } from './zh.ts';

/** Every message key; zh.ts is their source. */
export type MessageKey = keyof typeof zh;
/** A complete catalog: every key, no other. */
export type Messages = Record<MessageKey, string>;
export type Language = 'zh' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'en'];
/** Values put into a message's {placeholders}. */
export type MessageValues = Record<string, string | number>;

/** Fills {name} placeholders; a placeholder without a value is left visible, so that it is noticed. */
export function formatMessage(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Whether a key computed at run time (a level or metric the server names) exists in the catalog. */
export function isMessageKey(key: string): key is MessageKey {
  return key in zh;
}

/** A catalog's messages and labels. */
export interface Translator {
  /** The message for a key, with its placeholders filled. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A label for a value the server names (a level, a metric): the catalog's if it has one, else the value. */
  label: (prefix: string, value: string) => string;
}

export function translatorOf(messages: Messages): Translator {
  const t = (key: MessageKey, values?: MessageValues) => formatMessage(messages[key], values);
  return {
    t,
    label: (prefix, raw) => {
      const key = `${prefix}.${raw}`;
      return isMessageKey(key) ? t(key) : raw;
    },
  };
}
