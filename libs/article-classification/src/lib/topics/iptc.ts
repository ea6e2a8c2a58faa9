/** IPTC Media Topics used here: the 17 top-level subjects and the second-level topics that matter most for news. */
export interface IptcTopic {
  code: string;
  name: string;
  parent?: string;
}

export const TOP_LEVEL: IptcTopic[] = [
  { code: 'medtop:01000000', name: 'arts, culture, entertainment and media' },
  { code: 'medtop:02000000', name: 'crime, law and justice' },
  { code: 'medtop:03000000', name: 'disaster, accident and emergency incident' },
  { code: 'medtop:04000000', name: 'economy, business and finance' },
  { code: 'medtop:05000000', name: 'education' },
  { code: 'medtop:06000000', name: 'environment' },
  { code: 'medtop:07000000', name: 'health' },
  { code: 'medtop:08000000', name: 'human interest' },
  { code: 'medtop:09000000', name: 'labour' },
  { code: 'medtop:10000000', name: 'lifestyle and leisure' },
  { code: 'medtop:11000000', name: 'politics' },
  { code: 'medtop:12000000', name: 'religion' },
  { code: 'medtop:13000000', name: 'science and technology' },
  { code: 'medtop:14000000', name: 'society' },
  { code: 'medtop:15000000', name: 'sport' },
  { code: 'medtop:16000000', name: 'conflict, war and peace' },
  { code: 'medtop:17000000', name: 'weather' },
];

export const SUBTOPICS: IptcTopic[] = [
  { code: 'medtop:20000038', name: 'culture', parent: 'medtop:01000000' },
  { code: 'medtop:20000045', name: 'mass media', parent: 'medtop:01000000' },
  { code: 'medtop:20000082', name: 'crime', parent: 'medtop:02000000' },
  { code: 'medtop:20000106', name: 'judiciary', parent: 'medtop:02000000' },
  { code: 'medtop:20000129', name: 'law enforcement', parent: 'medtop:02000000' },
  { code: 'medtop:20000148', name: 'disaster', parent: 'medtop:03000000' },
  { code: 'medtop:20000139', name: 'accident and emergency incident', parent: 'medtop:03000000' },
  { code: 'medtop:20000344', name: 'economy', parent: 'medtop:04000000' },
  { code: 'medtop:20000209', name: 'economic sector', parent: 'medtop:04000000' },
  { code: 'medtop:20000385', name: 'market and exchange', parent: 'medtop:04000000' },
  { code: 'medtop:20000418', name: 'climate change', parent: 'medtop:06000000' },
  { code: 'medtop:20000446', name: 'diseases and conditions', parent: 'medtop:07000000' },
  { code: 'medtop:20000509', name: 'employment', parent: 'medtop:09000000' },
  { code: 'medtop:20000574', name: 'election', parent: 'medtop:11000000' },
  { code: 'medtop:20000593', name: 'government', parent: 'medtop:11000000' },
  { code: 'medtop:20000638', name: 'international relations', parent: 'medtop:11000000' },
  { code: 'medtop:20000735', name: 'scientific research', parent: 'medtop:13000000' },
  { code: 'medtop:20000756', name: 'technology and engineering', parent: 'medtop:13000000' },
  { code: 'medtop:20000053', name: 'act of terror', parent: 'medtop:16000000' },
  { code: 'medtop:20000056', name: 'armed conflict', parent: 'medtop:16000000' },
  { code: 'medtop:20000065', name: 'civil unrest', parent: 'medtop:16000000' },
  { code: 'medtop:20000073', name: 'peace process', parent: 'medtop:16000000' },
  { code: 'medtop:20001108', name: 'sport event', parent: 'medtop:15000000' },
  { code: 'medtop:20001128', name: 'weather forecast', parent: 'medtop:17000000' },
];

export const TOPICS_BY_CODE: ReadonlyMap<string, IptcTopic> = new Map(
  [...TOP_LEVEL, ...SUBTOPICS].map((t) => [t.code, t]),
);
