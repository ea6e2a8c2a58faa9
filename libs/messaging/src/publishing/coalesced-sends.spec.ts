import type { TopicMessages } from 'kafkajs';

import { CoalescedSends } from './coalesced-sends';

const message = (topic: string, key: string): TopicMessages[] => [{ topic, messages: [{ key, value: key }] }];

describe('CoalescedSends', () => {
  it('sends a lone message at once and carries what arrives meanwhile in one next request', async () => {
    const requests: TopicMessages[][] = [];
    let release: () => void = () => undefined;
    const sends = new CoalescedSends(async (topicMessages) => {
      requests.push(topicMessages);
      if (requests.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = sends.enqueue(message('raw', 'a'));
    const later = [
      sends.enqueue(message('raw', 'b')),
      sends.enqueue(message('other', 'c')),
      sends.enqueue(message('raw', 'd')),
    ];
    expect(requests).toHaveLength(1);
    release();
    await Promise.all([first, ...later]);
    expect(requests).toEqual([
      [{ topic: 'raw', messages: [{ key: 'a', value: 'a' }] }],
      [
        {
          topic: 'raw',
          messages: [
            { key: 'b', value: 'b' },
            { key: 'd', value: 'd' },
          ],
        },
        { topic: 'other', messages: [{ key: 'c', value: 'c' }] },
      ],
    ]);
  });

  it('fails every caller whose messages were in a failed request, and goes on with later ones', async () => {
    let calls = 0;
    let release: () => void = () => undefined;
    const sends = new CoalescedSends(async () => {
      calls += 1;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      if (calls === 2) throw new Error('broker away');
    });
    const first = sends.enqueue(message('raw', 'a'));
    const failed = [sends.enqueue(message('raw', 'b')), sends.enqueue(message('raw', 'c'))];
    release();
    await first;
    await Promise.all(failed.map((promise) => expect(promise).rejects.toThrow('broker away')));
    await expect(sends.enqueue(message('raw', 'd'))).resolves.toBeUndefined();
    expect(calls).toBe(3);
  });

  it('splits what waits into requests of at most the byte bound, in arrival order', async () => {
    const requests: string[][] = [];
    const sends = new CoalescedSends(async (topicMessages) => {
      requests.push(topicMessages.flatMap(({ messages }) => messages.map(({ key }) => String(key))));
    }, 2);
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((key) => sends.enqueue(message('raw', key))));
    expect(requests).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('counts messages as pending until their request is answered, failed ones too', async () => {
    let release: () => void = () => undefined;
    let calls = 0;
    const sends = new CoalescedSends(async () => {
      calls += 1;
      await new Promise<void>((resolve) => (release = resolve));
      if (calls === 2) throw new Error('broker away');
    });
    const first = sends.enqueue(message('raw', 'a'));
    const second = sends.enqueue([
      {
        topic: 'raw',
        messages: [
          { key: 'b', value: 'b' },
          { key: 'c', value: 'c' },
        ],
      },
    ]);
    expect(sends.pendingMessages).toBe(3);
    release();
    await first;
    expect(sends.pendingMessages).toBe(2);
    release();
    await expect(second).rejects.toThrow('broker away');
    expect(sends.pendingMessages).toBe(0);
  });
});
