import { cueWordBefore } from './cue-word-before';

/**
 * Nouns of a written, painted or composed work, whose capitalised genitive is its author: вірші Стуса, полотна Мане,
 * соната Шопена. Songs and concerts are left out, as bands follow them as often as people. Ukrainian only: in Russian
 * news the same nouns lead titles and bodies more than authors.
 */
const WORK_STEMS: Record<string, string[]> = {
  uk: [
    ...['книг', 'книж', 'роман', 'вірш', 'сонет', 'поем', "п'єс", 'оповідан', 'повіст', 'новел', 'комеді', 'трагеді'],
    ...['опер', 'симфоні', 'сонат', 'картин', 'полотн', 'фреск', 'скульптур', 'гравюр', 'етюд', 'твор', 'твір', 'пер'],
    ...['пензл', 'філософем', 'афоризм', 'мемуар', 'щоденник', 'теорі', 'реквієм', 'ноктюрн'],
  ],
};
const WORK_ENDINGS = '(?:|а|и|і|у|ю|ів|ам|ами|ах|ою|ом|ові|о|ї|я|е|ях|ям|ями|ий|ій)';

/** Whether a lone name stands right after a noun of a work, with nothing but a space between. */
export const afterWorkWord = cueWordBefore(WORK_STEMS, WORK_ENDINGS);
