import { type LabelLocale, topicLabel, topicLabels } from '@newsflow/article-classification';
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import ukrainian from 'i18n-iso-countries/langs/uk.json';

countries.registerLocale(english);
countries.registerLocale(ukrainian);

export type { LabelLocale };

const languageNames = {
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
  uk: new Intl.DisplayNames(['uk'], { type: 'language' }),
};

export function countryName(code: string, locale: LabelLocale): string | null {
  return countries.getName(code, locale) ?? null;
}

export function languageName(code: string, locale: LabelLocale): string | null {
  if (code === 'und') return null;
  try {
    return languageNames[locale].of(code) ?? null;
  } catch {
    return null;
  }
}

/** What a newsroom UI shows instead of codes: topic labels, country and language names. */
export interface Labels {
  topics: Record<string, string>;
  countries: Record<string, string>;
}

export function labels(locale: LabelLocale): Labels {
  return { topics: topicLabels(locale), countries: countries.getNames(locale) };
}

export { topicLabel };
