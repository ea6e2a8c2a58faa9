import { feedItemKey } from './feed-item-key';

describe('feedItemKey', () => {
  const item = { source: 'partner', title: 'Budget', text: 'The council approved the budget.' };

  it('takes the guid first, then the link', () => {
    expect(feedItemKey({ ...item, guid: 'g-1', url: 'https://example.org/1' })).toBe('guid:g-1');
    expect(feedItemKey({ ...item, url: 'https://example.org/1' })).toBe('link:https://example.org/1');
  });

  it('falls back to a digest of the content that changes with it', () => {
    const key = feedItemKey(item);
    expect(key).toMatch(/^content:[0-9a-f]{64}$/);
    expect(feedItemKey({ ...item })).toBe(key);
    expect(feedItemKey({ ...item, text: 'The council rejected the budget.' })).not.toBe(key);
  });
});
