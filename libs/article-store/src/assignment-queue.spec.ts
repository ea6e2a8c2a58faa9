import { AssignmentQueue } from './assignment-queue';

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('AssignmentQueue', () => {
  it('sends a lone batch at once, in one assignment', async () => {
    const calls: string[][] = [];
    const queue = new AssignmentQueue(async (requests: string[]) => {
      calls.push(requests);
      return requests.map((request) => `story of ${request}`);
    }, 10);
    await expect(queue.enqueue(['a', 'b'])).resolves.toEqual(['story of a', 'story of b']);
    expect(calls).toEqual([['a', 'b']]);
  });

  it('lets the batches that arrive during an assignment share the next one, each getting its own answers', async () => {
    const calls: string[][] = [];
    const first = gate();
    const queue = new AssignmentQueue(async (requests: string[]) => {
      calls.push(requests);
      if (calls.length === 1) await first.opened;
      return requests.map((request) => request.toUpperCase());
    }, 10);
    const running = queue.enqueue(['a']);
    const second = queue.enqueue(['b', 'c']);
    const third = queue.enqueue(['d']);
    first.open();
    await expect(running).resolves.toEqual(['A']);
    await expect(second).resolves.toEqual(['B', 'C']);
    await expect(third).resolves.toEqual(['D']);
    expect(calls).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never carries more than the limit in one assignment, but always at least one batch', async () => {
    const calls: string[][] = [];
    const first = gate();
    const queue = new AssignmentQueue(async (requests: string[]) => {
      calls.push(requests);
      if (calls.length === 1) await first.opened;
      return requests;
    }, 3);
    const all = [
      queue.enqueue(['a']),
      queue.enqueue(['b', 'c']),
      queue.enqueue(['d', 'e']),
      queue.enqueue(['f', 'g', 'h', 'i']),
    ];
    first.open();
    await Promise.all(all);
    expect(calls).toEqual([['a'], ['b', 'c'], ['d', 'e'], ['f', 'g', 'h', 'i']]);
  });

  it('fails every batch an assignment carried, and goes on with the next', async () => {
    const first = gate();
    let calls = 0;
    const queue = new AssignmentQueue(async (requests: string[]) => {
      calls += 1;
      if (calls === 1) await first.opened;
      if (calls === 2) throw new Error('deadlock detected');
      return requests;
    }, 10);
    const running = queue.enqueue(['a']);
    const second = queue.enqueue(['b']);
    const third = queue.enqueue(['c']);
    first.open();
    await expect(running).resolves.toEqual(['a']);
    await expect(second).rejects.toThrow('deadlock detected');
    await expect(third).rejects.toThrow('deadlock detected');
    await expect(queue.enqueue(['d'])).resolves.toEqual(['d']);
  });
});
