/**
 * Lines of page chrome that sit where a headline would and look like one to a length-and-position rule: listen and
 * read-aloud widgets, reading time, view counters, breadcrumbs, currency and weather tickers. Never a headline.
 */
const WIDGETS =
  /^(listen|слухати|прослухати|слушать|прослушать|anhören|écouter|posłuchaj|read aloud|vorlesen|озвучити|озвучить)(?![\p{L}-])|^(reading time|время чтения|час читання|час прочитання|lesezeit|temps de lecture|czas czytania)/iu;
const READING_TIME =
  /^(читати\s+|читать\s+|read\s+)?\d+\s*(min|мин|хв|minutes?|minuten|minut|хвилин\S*|минут\S*)\.?(\s+(read|чтения|читання|lesezeit|de lecture|czytania))?$/iu;
const VIEWS = /^[\d\s.,]+[kкКK]?\s*(views|просмотр\S*|перегляд\S*|aufrufe|vues|wyświetle\S*)$/iu;
const BREADCRUMB_SEPARATOR = /\s*[›»>/|]\s*/u;
const TICKER_TOKEN =
  /(\b(usd|eur|gbp|uah|rub|pln|chf)\b|[$€£₴₽]|°\s*[cf]?)\s*[+-]?\d|[+-]?\d[\d.,]*\s*(°\s*[cf]?|[$€£₴₽])/giu;

function isBreadcrumb(text: string): boolean {
  const parts = text.split(BREADCRUMB_SEPARATOR).filter((part) => part !== '');
  return parts.length >= 3 && parts.every((part) => part.split(/\s+/).length <= 4);
}

export function isPageChrome(text: string): boolean {
  const line = text.trim();
  if (line.length > 160) return false;
  if (WIDGETS.test(line) || READING_TIME.test(line) || VIEWS.test(line) || isBreadcrumb(line)) return true;
  return (line.match(TICKER_TOKEN)?.length ?? 0) >= 2 && line.split(/\s+/).length <= 12;
}
