export * from './case-form-key';
export * from './endings';
export * from './lower-case';
export * from './script';
export { STEMMERS, stemWord } from './stemmers';
export { stemUkrainian } from './ukrainian-stemmer';
export * from './words';
