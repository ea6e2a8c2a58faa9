import { cueWordBefore } from './cue-word-before';

/**
 * Kinship, address and household words that stand right before a name the text gives someone: брат Саїт, дружина
 * Наталя, пан Корнель, отець Онуфрій, баба Галя, кота Макса. They are no role to report, but a capitalised word after
 * one is a person even when named once.
 */
const KIN_STEMS: Record<string, string[]> = {
  uk: [
    ...['брат', 'сестр', 'дружин', 'чоловік', 'син', 'донь', 'дочк', 'доньк', 'мат', 'матір', 'батьк', 'тат', 'мам'],
    ...['бабц', 'бабус', 'баб', 'дід', 'дідус', 'дядьк', 'тітк', 'онук', 'онучк', 'кум', 'сусід', 'сусідк', 'пан'],
    ...['пані', 'панотц', 'панотець', 'отц', 'отець', 'доктор', 'кот', 'кіт', 'пес', 'пса', 'наречен', 'небіж'],
  ],
  ru: [
    ...['брат', 'сестр', 'жен', 'муж', 'сын', 'дочер', 'дочь', 'мать', 'матер', 'отц', 'отец', 'пап', 'мам'],
    ...['бабушк', 'дедушк', 'дяд', 'тет', 'внук', 'внучк', 'сосед', 'соседк', 'господин', 'госпож', 'доктор', 'кот'],
  ],
};
const KIN_ENDINGS = '(?:|а|и|і|у|ю|ові|еві|ом|ем|ою|ею|ь|я|е|ы|ой|ей)';

/** Whether a lone name stands right after a kinship or address word, with nothing but a space between. */
export const afterKinWord = cueWordBefore(KIN_STEMS, KIN_ENDINGS);
