import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { appEnglish } from './app-en';
import { appVietnamese } from './app-vi';
import { raVietnamese } from './ra-vi';
import { nationalMessages } from '../national/messages';

export const messages = {
  vi: { ...raVietnamese, ...appVietnamese, thidua: { ...appVietnamese.thidua, ...nationalMessages.vi.thidua } },
  en: { ...englishMessages, ...appEnglish, thidua: { ...appEnglish.thidua, ...nationalMessages.en.thidua } },
};

/** Vietnamese by default, English selectable from the app bar. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? messages.en : messages.vi), 'vi', [
  { locale: 'vi', name: 'Tiếng Việt' },
  { locale: 'en', name: 'English' },
]);
