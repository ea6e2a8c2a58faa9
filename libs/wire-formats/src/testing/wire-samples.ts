import iconv from 'iconv-lite';

/**
 * One hand-written sample of every wire format, each about a different story so that tests can
 * tell the articles apart. `tag` makes guids and links unique per test run.
 */
export const UKRAINIAN_BODY =
  'Кабінет міністрів ухвалив нову програму відновлення енергетичної інфраструктури. ' +
  'Уряд планує відбудувати теплові електростанції та підстанції до початку зими. ' +
  'Міністр енергетики заявив, що фінансування надійде від міжнародних партнерів.';

export const RUSSIAN_BODY =
  'Правительство утвердило новую программу поддержки малого бизнеса в регионах. ' +
  'Предприниматели смогут получить льготные кредиты и налоговые каникулы на два года. ' +
  'Министр экономики заявил, что программа начнёт работать уже в следующем месяце.';

export const ENGLISH_BODY =
  'The city council approved a new plan to expand public transport across the northern districts. ' +
  'Officials said the first tram line would open within two years and cost less than expected. ' +
  'Residents welcomed the decision at a crowded public meeting on Tuesday evening.';

export function ninjs1Item(tag: string) {
  return {
    uri: `urn:newsml:wire.example.org:${tag}:ninjs1`,
    type: 'text',
    version: '1',
    versioncreated: '2026-11-30T09:00:00Z',
    firstcreated: '2026-11-30T08:55:00+02:00',
    pubstatus: 'usable',
    language: 'en-GB',
    headline: `Council approves tram plan ${tag}`,
    body_html: `<p>${ENGLISH_BODY}</p>`,
    subject: [{ code: 'medtop:11000000', name: 'politics', scheme: 'http://cv.iptc.org/newscodes/mediatopic/' }],
    place: [{ name: 'Manchester', code: 'geo:manchester' }],
  };
}

export function ninjs2Item(tag: string) {
  return {
    uri: `https://wire.example.org/news/${tag}/ninjs2`,
    type: 'text',
    version: '2',
    versioncreated: '2026-11-30T10:00:00Z',
    contentcreated: '2026-11-30T09:30:00Z',
    pubstatus: 'usable',
    language: 'uk',
    headlines: [{ role: 'main', contenttype: 'text/plain', value: `Уряд ухвалив програму відновлення ${tag}` }],
    bodies: [{ role: 'main', contenttype: 'text/plain', value: UKRAINIAN_BODY }],
    subjects: [{ name: 'energy', uri: 'http://cv.iptc.org/newscodes/mediatopic/20000246', literal: 'medtop:20000246' }],
    places: [{ name: 'Київ', literal: 'geo:kyiv' }],
    infosources: [{ name: 'ukrwire', role: 'origin' }],
  };
}

export function newsmlG2Item(tag: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:wire.example.org:${tag}:g2" version="1"
  standard="NewsML-G2" standardversion="2.33" conformance="power" xml:lang="uk">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="ukrwire"/>
    <versionCreated>2026-11-30T11:00:00Z</versionCreated>
    <firstCreated>2026-11-30T10:45:00Z</firstCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>2026-11-30T10:40:00Z</contentCreated>
    <located qcode="geo:kyiv"><name>Київ</name></located>
    <subject type="cpnat:abstract" qcode="medtop:20000246"><name>енергетика</name></subject>
    <subject type="cpnat:geoArea" qcode="iso3166-1a2:UA"><name>Україна</name></subject>
    <language tag="uk"/>
    <headline>Енергетики відбудують підстанції ${tag} &amp; ТЕС</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head>
        <body><p>${UKRAINIAN_BODY}</p><p>Роботи триватимуть усю осінь.</p></body></html>
    </inlineXML>
  </contentSet>
</newsItem>`;
}

export function rss(tag: string, items = 2, encoding = 'UTF-8', body = ENGLISH_BODY): string {
  const entries = Array.from(
    { length: items },
    (_, index) => `<item>
      <title>${body.split(' ').slice(1, 6).join(' ')} ${tag} ${index}</title>
      <link>https://partner.example.org/${tag}/${index}?utm_source=rss</link>
      <guid isPermaLink="false">${tag}-${index}</guid>
      <pubDate>Mon, 30 Nov 2026 12:0${index % 10}:00 GMT</pubDate>
      <category>politics</category>
      <description>A summary.</description>
      <content:encoded><![CDATA[<p>${body}</p><p>Item ${index}.</p>]]></content:encoded>
    </item>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Partner</title><link>https://www.partner.example.org/</link><language>${
    body === ENGLISH_BODY ? 'en' : body === RUSSIAN_BODY ? 'ru' : 'uk'
  }</language>
    ${entries}
  </channel>
</rss>`;
}

export function atom(tag: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Partner Atom</title><id>urn:partner:${tag}</id><updated>2026-11-30T13:00:00Z</updated>
  <link rel="alternate" href="https://atom.example.org/"/>
  <entry>
    <title>Tram plan approved ${tag}</title><id>urn:partner:${tag}:1</id>
    <link rel="alternate" href="https://atom.example.org/${tag}/1"/>
    <published>2026-11-30T12:30:00Z</published><updated>2026-11-30T12:45:00Z</updated>
    <category term="transport" label="Transport"/>
    <content type="html">&lt;p&gt;${ENGLISH_BODY}&lt;/p&gt;</content>
  </entry>
</feed>`;
}

export function jsonFeed(tag: string) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Partner JSON',
    home_page_url: 'https://json.example.org/',
    language: 'en',
    items: [
      {
        id: `${tag}-json-1`,
        url: `https://json.example.org/${tag}/1`,
        title: `Tram plan approved ${tag}`,
        content_html: `<p>${ENGLISH_BODY}</p>`,
        date_published: '2026-11-30T12:00:00Z',
        tags: ['transport'],
      },
    ],
  };
}

/** An RSS feed in windows-1251 that says so only in its XML declaration. */
export function windows1251Rss(tag: string): Buffer {
  return iconv.encode(rss(tag, 1, 'windows-1251', UKRAINIAN_BODY), 'windows-1251');
}

/** An RSS feed in KOI8-R that says so only in the HTTP header (its declaration says nothing). */
export function koi8rRss(tag: string): Buffer {
  return iconv.encode(rss(tag, 1, 'KOI8-R', RUSSIAN_BODY).replace(/ encoding="KOI8-R"/, ''), 'koi8-r');
}

export const XXE_RSS = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>x</title><item><title>&secret;</title><description>x</description></item></channel></rss>`;

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE newsItem [
  <!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<newsItem guid="x"><contentMeta><headline>&lol3;</headline></contentMeta></newsItem>`;
