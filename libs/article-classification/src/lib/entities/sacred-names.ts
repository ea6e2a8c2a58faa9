/**
 * God and the founders and figures of faiths are named like people, and read as people: Бог, Господа, Христом, Аллах,
 * Богородице. None has a surname, a role or a given name the lexicon knows, and the common nouns they come from (бог,
 * творець) are written in lower case, so only the capitalised forms listed here count. Each maps to its nominative.
 */
const FORMS: Record<'uk' | 'ru', Record<string, string>> = {
  uk: {
    бог: 'бога богу богові богом боже',
    господь: 'господа господу господеві господові господом господи',
    христос: 'христа христу христові христом христе',
    ісус: 'ісуса ісусу ісусові ісусом ісусе',
    аллах: 'аллаха аллаху аллахові аллахом',
    богородиця: 'богородиці богородицю богородицею богородице',
    всевишній: 'всевишнього всевишньому всевишнім',
    спаситель: 'спасителя спасителю спасителеві спасителем',
    магомет: 'магомета магометові магометом',
    мухаммед: 'мухаммеда мухаммедові мухаммедом',
  },
  ru: {
    бог: 'бога богу богом боже',
    господь: 'господа господу господом господи',
    христос: 'христа христу христом',
    иисус: 'иисуса иисусу иисусом',
    аллах: 'аллаха аллаху аллахом',
    богородица: 'богородицы богородице богородицу богородицей',
    всевышний: 'всевышнего всевышнему всевышним',
    спаситель: 'спасителя спасителю спасителем',
    магомет: 'магомета магомету магометом',
    мухаммед: 'мухаммеда мухаммеду мухаммедом',
  },
};

const NOMINATIVES = Object.fromEntries(
  Object.entries(FORMS).map(([language, names]) => [
    language,
    new Map(
      Object.entries(names).flatMap(([nominative, forms]) =>
        [nominative, ...forms.split(' ')].map((form) => [form, nominative] as const),
      ),
    ),
  ]),
) as Record<string, Map<string, string>>;

/** The nominative of a capitalised sacred name (Господа → Господь), or null for any other word. */
export function sacredNameNominative(word: string, language: string): string | null {
  if (word.charAt(0) === word.charAt(0).toLowerCase()) return null;
  const nominative = NOMINATIVES[language]?.get(word.toLowerCase());
  return nominative ? word.charAt(0) + nominative.slice(1) : null;
}

/**
 * Books, rites, feasts and bodies of faith that religious and historical prose capitalises (Євангелія, Біблію,
 * Причастя, Різдва, Церква, Закону): no person, however often they recur.
 */
const SACRED_THINGS =
  /^(?:євангел|евангел|бібл|библ|причаст|таїнств|таинств|церкв|церков|письм|різдв|рождеств|великд|голокост|холокост|реформаці|реформаци|літургі|литурги|закон)\p{L}{0,3}$/u;

export const isSacredThing = (parts: string[]) => parts.length === 1 && SACRED_THINGS.test(parts[0].toLowerCase());
