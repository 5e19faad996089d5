import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { appEnglish } from './app-en';
import { appVietnamese } from './app-vi';
import { raVietnamese } from './ra-vi';
import { comparisonMessages } from '../comparison/messages';

export const messages = {
  vi: { ...raVietnamese, ...appVietnamese, thidua: { ...appVietnamese.thidua, ...comparisonMessages.vi.thidua } },
  en: { ...englishMessages, ...appEnglish, thidua: { ...appEnglish.thidua, ...comparisonMessages.en.thidua } },
};

/** Vietnamese by default, English selectable from the app bar. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? messages.en : messages.vi), 'vi', [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
]);
