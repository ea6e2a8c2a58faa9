/**
 * Multilingual phrases that label page furniture rather than article text. They are matched at the start of a short
 * line (a label), never inside prose, so a sentence that mentions "cookies" or "Telegram" stays in the body.
 * Kinds double as the keys of `extraction.removed`.
 */
export type BoilerplateKind =
  | 'share'
  | 'related'
  | 'top-news'
  | 'subscribe'
  | 'comments'
  | 'tags'
  | 'advertising'
  | 'navigation'
  | 'footer'
  | 'cookie';

const CUES: Record<BoilerplateKind, string[]> = {
  share: [
    'поділитися',
    'поширити',
    'поделиться',
    'поделитесь',
    'падзяліцца',
    'сподели',
    'сподели в',
    'share',
    'teilen',
    'partager',
    'udostępnij',
    'podziel się',
    'compartir',
    'condividi',
    'partilhar',
    'delen',
  ],
  related: [
    'читайте також',
    'читайте тоже',
    'читайте также',
    'також читайте',
    'читати також',
    'дивіться також',
    'смотрите также',
    'по темі',
    'по теме',
    'на тему',
    'схожі новини',
    'похожие новости',
    "пов'язані новини",
    'повʼязані новини',
    'рекомендуємо',
    'рекомендуем',
    'чытайце таксама',
    'глядзіце таксама',
    'прочетете още',
    'прочетете също',
    'вижте още',
    'още по темата',
    'ещё по теме',
    'еще по теме',
    'читайте ещё',
    'читайте еще',
    'також читайте',
    'читайте більше',
    'прочитајте још',
    'прочитајте и',
    'прочитај још',
    'прочитајте уште',
    'више о томе',
    'свързани новини',
    'read also',
    'read more',
    'see also',
    'related',
    'more on this',
    'more from',
    'you may also like',
    'recommended',
    'lesen sie auch',
    'lesen sie mehr',
    'mehr zum thema',
    'das könnte sie auch interessieren',
    'auch interessant',
    'à lire aussi',
    'lire aussi',
    'voir aussi',
    'sur le même sujet',
    'czytaj także',
    'czytaj też',
    'czytaj więcej',
    'zobacz także',
    'zobacz też',
    'polecamy',
    'leer también',
    'leggi anche',
    "don't miss",
    'explore further',
    'further reading',
    'you might also like',
    'more great',
    'leia também',
    'leia mais',
    'veja também',
    'baca juga',
  ],
  'top-news': [
    'головні новини',
    'головне',
    'топ новини',
    'останні новини',
    'новини партнерів',
    'популярне',
    'найпопулярніше',
    'читайте в розділі',
    'інші новини',
    'главные новости',
    'главное',
    'последние новости',
    'самое читаемое',
    'популярное',
    'читайте в разделе',
    'другие новости',
    'новости партнеров',
    'галоўныя навіны',
    'апошнія навіны',
    'най-четени',
    'последни новини',
    'водещи новини',
    'top news',
    'top stories',
    'latest news',
    'most read',
    'most popular',
    'trending',
    'more stories',
    'in this section',
    'wichtigste nachrichten',
    'meistgelesen',
    'neueste nachrichten',
    'weitere nachrichten',
    'les plus lus',
    'à la une',
    'dernières actualités',
    'dernières infos',
    'najważniejsze',
    'najczęściej czytane',
    'najnowsze',
    'więcej wiadomości',
    'lo más leído',
    'i più letti',
    'popular on',
    'most viewed',
    'mais lidas',
  ],
  subscribe: [
    'підписуйтесь',
    'підписуйтеся',
    'підпишіться',
    'шукайте нас',
    'стежте за нами',
    'подписывайтесь',
    'подпишитесь',
    'ищите нас',
    'следите за нами',
    'падпісвайцеся',
    'абонирайте се',
    'последвайте ни',
    'subscribe',
    'follow us',
    'sign up for',
    'find us on',
    'join our',
    'newsletter',
    'abonnieren sie',
    'folgen sie uns',
    'abonnez-vous',
    'suivez-nous',
    'inscrivez-vous',
    'obserwuj nas',
    'subskrybuj',
    'zapisz się',
    'síguenos',
    'seguici',
  ],
  comments: [
    'коментарі',
    'коментарів',
    'залишити коментар',
    'комментарии',
    'оставить комментарий',
    'каментары',
    'коментари',
    'comments',
    'leave a comment',
    'kommentare',
    'commentaires',
    'komentarze',
    'comentarios',
    'commenti',
    'tell us what you think',
    'have your say',
    'join the conversation',
    'отзывы',
    'добавить отзыв',
    'відгуки',
    'додати відгук',
  ],
  tags: [
    'теги',
    'мітки',
    'ключові слова',
    'метки',
    'тэгі',
    'етикети',
    'tags',
    'topics',
    'schlagwörter',
    'themen',
    'mots-clés',
    'tagi',
    'etiquetas',
    'filed under',
    'tagged',
  ],
  advertising: [
    'реклама',
    'рекламa',
    'advert',
    'sponsored',
    'anzeige',
    'werbung',
    'publicité',
    'reklama',
    'publicidad',
    'pubblicità',
    'publicidade',
    'iklan',
  ],
  navigation: [
    'головна',
    'главная',
    'галоўная',
    'начало',
    'home',
    'startseite',
    'accueil',
    'strona główna',
    'inicio',
    'menu',
    'меню',
    'search',
    'пошук',
    'поиск',
    'suche',
    'rechercher',
    'szukaj',
    'skip to content',
    'перейти до',
    'версія для друку',
  ],
  footer: [
    'всі права захищені',
    'усі права захищені',
    'все права защищены',
    'усе правы абаронены',
    'всички права запазени',
    'all rights reserved',
    'alle rechte vorbehalten',
    'tous droits réservés',
    'wszelkie prawa zastrzeżone',
    'todos los derechos reservados',
    'tutti i diritti riservati',
    'privacy policy',
    'terms of use',
    'terms of service',
    'політика конфіденційності',
    'политика конфиденциальности',
    'datenschutz',
    'impressum',
    'mentions légales',
    'polityka prywatności',
    'про нас',
    'о нас',
    'about us',
    'контакти',
    'контакты',
    'contact us',
    'kontakt',
  ],
  cookie: [],
};

const KINDS = Object.keys(CUES) as BoilerplateKind[];
const COOKIE = /\bcookies?\b|куки|кукі|бисквитк|файл(и|ы) cookie/i;
const CONSENT =
  /(use|using|accept|consent|agree|використов|прийма|погоджу|используе|принима|согла|verwend|akzept|zustimm|utilis|accept|używa|akceptu|zgod|използва|прием)/i;
const COPYRIGHT = /©|\(c\)\s*\d{4}|®/i;
// "1 of 6", "Image 2 of 5", "1 - 5 of 36": the counter of a gallery or a list of results.
const COUNTER = /^((image|photo|picture|slide|фото|foto|bild)\s+)?\d+(\s*[-–]\s*\d+)?\s+(of|из|з|von|de|sur|z)\s+\d+$/;

/**
 * Prompts recognised by what they ask rather than by a leading label: a newsletter sign-up, the "found a mistake?
 * press Ctrl+Enter" notice, a betting offer, a pointer to the same text in another language. Only short lines qualify.
 */
const PROMPTS: [BoilerplateKind, RegExp, RegExp | null][] = [
  [
    'subscribe',
    /newsletter|розсилк|рассылк|infolettre|biuletyn|бюлетин|бюллетен|inbox|поштов\S* скриньк|почтов\S* ящик/,
    /subscri|sign up|signup|підпиш|підписа|подпиш|подписа|abonn|anmeld|inscri|zapisz|subskryb|абонира|get |отримуй|получай|erhalten|recevez/,
  ],
  ['footer', /ctrl\s*\+\s*enter|ctrl\s*\+\s*ввод/, null],
  [
    'advertising',
    /\b(bet|bets|betting|bookmaker|casino|wetten|paris sportifs|zakłady)\b|букмекер|казино|ставк\S* на (спорт|матч)/,
    /bonus|бонус|promo|промокод|free|odds|коэффициент|коефіцієнт|kurs|18\+/,
  ],
  [
    'related',
    /^(full (statement|text|version|interview)|read (it |this |the full \S+ )?in|повн\S* (текст|верс)|полн\S* (текст|верс)|читати|читайте|читать|vollständig\S*|version) [^:]{0,40}(english|англ|українськ|ukrain|русск|russ|deutsch|german|français|french|polsk|polish)\S*\s*:/,
    null,
  ],
];

function promptKind(text: string): BoilerplateKind | null {
  if (text.length > 250) return null;
  for (const [kind, topic, request] of PROMPTS) if (topic.test(text) && (!request || request.test(text))) return kind;
  return null;
}

function normaliseLabel(line: string): string {
  return line
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/^[\s»>•·|–—\-*#▶►→]+/, '')
    .trim();
}

/**
 * Kind of boilerplate a line is, if any. `label` is true when the line is only the cue ("Читайте також:"), which
 * opens a block of furniture; false when the cue introduces content on the same line ("Read also: Minister resigns").
 */
export function classifyCue(line: string): { kind: BoilerplateKind; label: boolean } | null {
  const text = normaliseLabel(line);
  if (COOKIE.test(text) && CONSENT.test(text)) return { kind: 'cookie', label: false };
  if (COPYRIGHT.test(text) && text.length < 200) return { kind: 'footer', label: false };
  if (COUNTER.test(text)) return { kind: 'navigation', label: false };
  const prompt = promptKind(text);
  if (prompt) return { kind: prompt, label: false };
  if (text.length > 250) return null;
  for (const kind of KINDS) {
    for (const cue of CUES[kind]) {
      if (!text.startsWith(cue)) continue;
      const rest = text.slice(cue.length);
      if (rest === '') return { kind, label: true };
      const separated = /^\s*([:>»|–—\-…/]|\.\.\.)+\s*/.exec(rest);
      // A label may introduce a long linked headline; without a separator only a short line is a label.
      if (!separated && text.length > 90) continue;
      if (separated) {
        const content = rest.slice(separated[0].length);
        // "Головне – це мир, сказав він." is prose that happens to start like a label.
        if (/[.!?]$/.test(content) && content.split(/\s+/).length >= 6) return null;
        return { kind, label: content.length === 0 };
      }
      // "Поділитися публікацією:", "Follow us on X": a few words completing the label, no sentence.
      const shortLabel = text.length <= 45 && text.split(/\s+/).length <= 5 && !/[.!?]$/.test(text);
      if (/^\s/.test(rest) && shortLabel) return { kind, label: true };
    }
  }
  return null;
}
