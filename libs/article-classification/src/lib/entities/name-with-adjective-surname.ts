/**
 * Ukrainian endings of a first word and an -ський surname that agree in gender and case, as a given name and its
 * surname do: Зоряна Білоцька, Гната Ружицького, Северином Ольшанським, Марті Заславській.
 */
const AGREEING: [RegExp, RegExp][] = [
  [/[бвгджзклмнпрстфхцчшщйь]$/, /ий$/],
  [/[ая]$/, /ого$/],
  [/(?:ові|еві|єві|у|ю)$/, /ому$/],
  [/(?:ом|ем|єм)$/, /им$/],
  [/[ая]$/, /а$/],
  [/[иії]$/, /(?:ої|ій)$/],
  [/[ую]$/, /у$/],
  [/(?:ою|ею|єю)$/, /ою$/],
];
const SURNAME = /\p{L}{2}(?:ськ|цьк|зьк)(?:ий|ого|ому|им|а|ої|ій|у|ою)$/u;
const ADJECTIVE = /(?:[иі]й|ого|ому|[иі]м|[аья]я|[ое]ї|[ое]ю|ська|цька|зька)$/;

/**
 * A capitalised word that is no adjective, then an -ський surname agreeing with it, is a given name the lists do not
 * know and a surname (Северин Ольшанський), not a place or a body, whose adjective comes first (Печерська Лавра).
 */
export function isNameWithAdjectiveSurname(parts: string[], language: string): boolean {
  if (language !== 'uk' || parts.length !== 2) return false;
  const [given, surname] = parts.map((p) => p.toLowerCase());
  if (!SURNAME.test(surname) || ADJECTIVE.test(given) || given.length < 3) return false;
  return AGREEING.some(([first, second]) => first.test(given) && second.test(surname));
}
