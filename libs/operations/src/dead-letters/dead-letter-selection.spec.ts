import type { DeadLetter } from '@newsflow/contracts';

import { describeDeadLetter, selectDeadLetters, type StoredDeadLetter } from './dead-letter-selection';

function stored(address: string, letter: Partial<DeadLetter>): StoredDeadLetter {
  const [partition, offset] = address.split(':');
  return {
    address,
    partition: Number(partition),
    offset,
    letter: {
      reason: 'no usable article text',
      errors: [],
      stage: 'normalizer',
      topic: 'news.article.raw.v1',
      partition: 0,
      offset: '1',
      key: 'k',
      headers: {},
      originalValueBase64: Buffer.from('{"source":"cms"}').toString('base64'),
      failedAt: '2026-02-01T12:00:00Z',
      ...letter,
    },
  };
}

const letters = [
  stored('0:1', {}),
  stored('0:2', { stage: 'indexer', reason: 'gave up after 5 attempts: cluster_block_exception' }),
  stored('1:7', { stage: 'indexer', reason: 'Gave up after 5 attempts: timeout', failedAt: '2026-02-01T13:00:00Z' }),
];

describe('selectDeadLetters', () => {
  it('filters by stage, reason (case-insensitive part) and time', () => {
    const addresses = (selection: Parameters<typeof selectDeadLetters>[1]) =>
      selectDeadLetters(letters, selection).map((s) => s.address);
    expect(addresses({})).toEqual(['0:1', '0:2', '1:7']);
    expect(addresses({ stage: 'indexer' })).toEqual(['0:2', '1:7']);
    expect(addresses({ reason: 'GAVE UP' })).toEqual(['0:2', '1:7']);
    expect(addresses({ since: Date.parse('2026-02-01T12:30:00Z') })).toEqual(['1:7']);
    expect(addresses({ until: Date.parse('2026-02-01T12:30:00Z'), stage: 'indexer' })).toEqual(['0:2']);
    expect(addresses({ addresses: ['1:7', '9:9'] })).toEqual(['1:7']);
  });
});

describe('describeDeadLetter', () => {
  it('decodes a JSON original', () => {
    expect(describeDeadLetter(letters[0])).toMatchObject({ address: '0:1', original: { source: 'cms' } });
  });

  it('keeps text that is not JSON, and bytes that are not UTF-8 as base64', () => {
    const text = stored('0:3', { originalValueBase64: Buffer.from('<html>').toString('base64') });
    expect(describeDeadLetter(text).original).toBe('<html>');
    const bytes = stored('0:4', { originalValueBase64: Buffer.from([0xc3, 0x28]).toString('base64') });
    expect(describeDeadLetter(bytes).original).toEqual({ base64: 'wyg=' });
  });
});
