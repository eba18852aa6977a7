import type { Messages } from './messages';
import { zh } from './messages-zh';

export { SORT_OPTIONS, type Messages, type SortOption } from './messages';

/** The widget's two UI languages. Data values stay Chinese in both. */
export type Locale = 'zh-CN' | 'en';

/** `en`, `en-US`, `EN` … select English; anything else, including no value, Chinese. */
export function resolveLocale(lang: string | null | undefined): Locale {
  return lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN';
}

/** English, once loaded (a chunk of its own: Chinese readers never download it). */
let english: Messages | null = null;
let englishLoad: Promise<Messages> | null = null;

/** Loads the messages of `locale` once per page; a failed load falls back to Chinese. */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'zh-CN') return Promise.resolve(zh);
  englishLoad ??= import('./messages-en').then(
    (module) => (english = module.en),
    () => (english = zh),
  );
  return englishLoad;
}

/** The messages of `locale`, or null while they load (see {@link loadMessages}). */
export function messagesFor(locale: Locale): Messages | null {
  return locale === 'en' ? english : zh;
}
