// @nlpjs stemmers ship without typings; only the one method we call is declared.
interface NlpjsStemmer {
  stemWord(word: string): string;
}
type NlpjsStemmerClass = new () => NlpjsStemmer;

declare module '@nlpjs/lang-ru/src/stemmer-ru' {
  const StemmerRu: NlpjsStemmerClass;
  export = StemmerRu;
}
declare module '@nlpjs/lang-en-min/src/stemmer-en' {
  const StemmerEn: NlpjsStemmerClass;
  export = StemmerEn;
}
declare module '@nlpjs/lang-de/src/stemmer-de' {
  const StemmerDe: NlpjsStemmerClass;
  export = StemmerDe;
}
declare module '@nlpjs/lang-fr/src/stemmer-fr' {
  const StemmerFr: NlpjsStemmerClass;
  export = StemmerFr;
}
declare module '@nlpjs/lang-pl/src/stemmer-pl' {
  const StemmerPl: NlpjsStemmerClass;
  export = StemmerPl;
}
