/** ISO 639-1 codes (as the pipeline detects them) and Apertium's ISO 639-3 names, which APY uses. */
export const APERTIUM_LANGUAGES: Record<string, string> = {
  uk: 'ukr',
  ru: 'rus',
  be: 'bel',
  en: 'eng',
  mk: 'mkd',
  sr: 'hbs',
  hr: 'hbs',
  bs: 'hbs',
  es: 'spa',
};

export function apertiumCode(language: string): string | undefined {
  return APERTIUM_LANGUAGES[language];
}
