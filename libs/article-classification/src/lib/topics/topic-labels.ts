import { TOPICS_BY_CODE } from './iptc';

export type LabelLocale = 'en' | 'uk';

/** Ukrainian names of the IPTC Media Topics in iptc.ts, for newsroom UIs. */
const UKRAINIAN: Readonly<Record<string, string>> = {
  'medtop:01000000': 'мистецтво, культура, розваги та медіа',
  'medtop:02000000': 'злочинність, право та правосуддя',
  'medtop:03000000': 'катастрофи, аварії та надзвичайні події',
  'medtop:04000000': 'економіка, бізнес і фінанси',
  'medtop:05000000': 'освіта',
  'medtop:06000000': 'довкілля',
  'medtop:07000000': "здоров'я",
  'medtop:08000000': 'людські історії',
  'medtop:09000000': 'праця',
  'medtop:10000000': 'стиль життя та дозвілля',
  'medtop:11000000': 'політика',
  'medtop:12000000': 'релігія',
  'medtop:13000000': 'наука і технології',
  'medtop:14000000': 'суспільство',
  'medtop:15000000': 'спорт',
  'medtop:16000000': 'конфлікти, війна і мир',
  'medtop:17000000': 'погода',
  'medtop:20000038': 'культура',
  'medtop:20000045': 'засоби масової інформації',
  'medtop:20000082': 'злочинність',
  'medtop:20000106': 'судочинство',
  'medtop:20000129': 'правоохоронна діяльність',
  'medtop:20000148': 'стихійні лиха',
  'medtop:20000139': 'аварії та надзвичайні події',
  'medtop:20000344': 'економіка',
  'medtop:20000209': 'галузі економіки',
  'medtop:20000385': 'ринки та біржі',
  'medtop:20000418': 'зміна клімату',
  'medtop:20000446': 'хвороби та захворювання',
  'medtop:20000509': 'зайнятість',
  'medtop:20000574': 'вибори',
  'medtop:20000593': 'уряд',
  'medtop:20000638': 'міжнародні відносини',
  'medtop:20000735': 'наукові дослідження',
  'medtop:20000756': 'технології та інженерія',
  'medtop:20000053': 'терористичний акт',
  'medtop:20000056': 'збройний конфлікт',
  'medtop:20000065': 'громадські заворушення',
  'medtop:20000073': 'мирний процес',
  'medtop:20001108': 'спортивні події',
  'medtop:20001128': 'прогноз погоди',
};

/** The topic's name in the locale, or null for a code we do not know (the UI then shows the code). */
export function topicLabel(code: string, locale: LabelLocale): string | null {
  const topic = TOPICS_BY_CODE.get(code);
  if (!topic) return null;
  return locale === 'uk' ? (UKRAINIAN[code] ?? topic.name) : topic.name;
}

/** Every known topic's label in the locale. */
export function topicLabels(locale: LabelLocale): Record<string, string> {
  return Object.fromEntries([...TOPICS_BY_CODE.keys()].map((code) => [code, topicLabel(code, locale)!]));
}
