import { Token } from '../text/tokenize';
import { NameRun } from './name-runs';

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
const KIN = Object.fromEntries(
  Object.entries(KIN_STEMS).map(([language, stems]) => [
    language,
    new RegExp(`^(?:${stems.join('|')})${KIN_ENDINGS}$`),
  ]),
) as Record<string, RegExp>;

/** Whether a lone name stands right after a kinship or address word, with nothing but a space between. */
export function afterKinWord(run: NameRun, tokens: Token[], text: string, language: string): boolean {
  const previous = tokens[run.first - 1];
  const pattern = KIN[language];
  return (
    pattern !== undefined &&
    previous !== undefined &&
    !previous.capitalised &&
    pattern.test(previous.norm) &&
    /^ +$/.test(text.slice(previous.end, tokens[run.first].start))
  );
}
