import stopwordsIso from 'stopwords-iso/stopwords-iso.json';

import { SPEECH_VERBS } from '../entities/data/roles';
import { normaliseWord } from '../text/normalise';

/** stopwords-iso's Ukrainian list is short (73 words); these are the function words news prose needs on top. */
const EXTRA: Record<string, string> = {
  uk:
    'про що це та як який яка яке які якого якої яких якому якій також вже його її їх їхня їхній їхні їхнє на до від за у в з із зі під над при через після ' +
    'він вона воно вони ми ви цей ця ці цього цієї цих цьому той та те ті того тієї тих своє свою своїх свої свого своєї має мають буде будуть може можуть ' +
    'так ще лише тільки усі всі всіх кожен більше менше понад майже раніше зараз тепер тому бо коли де хто чи не ні ж би б а і й або але проте однак водночас ' +
    'зокрема саме наш наша наше наші нашу нашої наших є був була були було бути рік року роки років день дня понеділок вівторок середу четвер пʼятницю суботу неділю ' +
    'повідомляється передає посиланням словами йдеться зазначається нині вважають дуже можна потрібно треба щодо стосується відповідно між серед також ін тощо',
  ru:
    'сообщает сообщается передает ссылкой словам также является являются отметил заявил понедельник вторник среду четверг пятницу субботу воскресенье ' +
    'которые который которая которого которой которых потому сейчас теперь всегда никогда только больше меньше почему может будет более',
  en:
    'said says told according monday tuesday wednesday thursday friday saturday sunday percent because between before without through around ' +
    'against during within should another however therefore whether although toward towards across behind beyond itself myself themselves others ' +
    'almost already always nothing something anything everything someone perhaps rather whereas despite including several likely would could',
  de:
    'sagte laut montag dienstag mittwoch donnerstag freitag samstag sonntag prozent zwischen während deshalb darüber dagegen obwohl sondern welche ' +
    'welcher werden wurden worden können müssen sollen dieser diese dieses diesen einige keinen seinem seinen seiner ihrem ihren ihrer unsere bereits ' +
    'nachdem sowie jedoch außerdem damit wollen sollte könnte würde',
  fr:
    'selon lundi mardi mercredi jeudi vendredi samedi dimanche cent depuis pendant contre toutes autres encore toujours jamais cependant pourtant ' +
    "lorsque puisque plusieurs certains beaucoup également aujourd'hui entre notre votre leurs avait avaient serait seront",
  pl: 'według poniedziałek wtorek środę czwartek piątek sobotę niedzielę proc',
};

const LARGE_LIST = 400;
const SHORT_WORD = 5;
const cache = new Map<string, ReadonlySet<string>>();

export function stopwordsFor(language: string): ReadonlySet<string> {
  const cached = cache.get(language);
  if (cached) return cached;
  const base = (stopwordsIso as Record<string, string[]>)[language] ?? [];
  if (base.length === 0) return new Set();
  // The large lists (en, de, fr, ru) mix content words such as "interest" or "большой" into their long tail;
  // their short words are function words, and EXTRA names the long function words that matter.
  const kept = base.length > LARGE_LIST ? base.filter((w) => w.length <= SHORT_WORD) : base;
  const words = new Set([...kept, ...(EXTRA[language]?.split(' ') ?? []), ...SPEECH_VERBS].map(normaliseWord));
  cache.set(language, words);
  return words;
}
