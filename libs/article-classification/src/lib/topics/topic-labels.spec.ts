import { TOPICS_BY_CODE } from './iptc';
import { topicLabel, topicLabels } from './topic-labels';

describe('topic labels', () => {
  it('names every known topic in English and Ukrainian', () => {
    for (const code of TOPICS_BY_CODE.keys()) {
      expect(topicLabel(code, 'en')).toBe(TOPICS_BY_CODE.get(code)!.name);
      expect(topicLabel(code, 'uk')).toMatch(/[а-яіїєґ]/);
    }
    expect(Object.keys(topicLabels('uk'))).toHaveLength(TOPICS_BY_CODE.size);
  });

  it('gives no label for an unknown code', () => {
    expect(topicLabel('medtop:99999999', 'uk')).toBeNull();
  });
});
