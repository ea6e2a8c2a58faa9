import { ArticleContracts } from '@newsflow/contracts';

import { outgoing } from '../publishing/event-publisher';
import { type MessageResult, planBatch } from './batch-plan';
import type { FailureKind } from './failure-kind';

const done = (key: string): MessageResult => ({
  ok: true,
  publish: [outgoing(ArticleContracts.rawArticle, { key, payload: { source: 's', text: key } })],
});
const failing = (kind: FailureKind, reason = `${kind} failure`): MessageResult => ({
  ok: false,
  failure: { kind, reason, errors: [] },
});
const keys = (plan: ReturnType<typeof planBatch>) => plan.publish.map((event) => event.key);

describe('planBatch', () => {
  it('publishes every output of a clean batch and accepts all of it', () => {
    const plan = planBatch([done('a'), done('b')], 1, 5);
    expect(plan).toMatchObject({ accepted: 2, deadLetters: [], stop: null });
    expect(keys(plan)).toEqual(['a', 'b']);
  });

  it('dead-letters a rejected message and goes on with the rest of the batch', () => {
    const plan = planBatch([done('a'), failing('rejected', 'no usable text'), done('c')], 1, 5);
    expect(plan.accepted).toBe(3);
    expect(plan.deadLetters).toEqual([{ index: 1, reason: 'no usable text', errors: [] }]);
    expect(keys(plan)).toEqual(['a', 'c']);
  });

  it('stops at a transient failure without counting an attempt, keeping what came before', () => {
    const plan = planBatch([done('a'), failing('transient'), done('c')], 4, 5);
    expect(plan.accepted).toBe(1);
    expect(plan.stop).toEqual({ index: 1, kind: 'transient', attempts: 0, reason: 'transient failure' });
    expect(keys(plan)).toEqual(['a']);
  });

  it('retries an unknown failure while attempts remain, counting from the first message', () => {
    expect(planBatch([failing('unknown')], 3, 5).stop).toMatchObject({ index: 0, kind: 'retry', attempts: 3 });
    expect(planBatch([done('a'), failing('unknown')], 3, 5).stop).toMatchObject({ index: 1, attempts: 1 });
  });

  it('dead-letters an unknown failure on its last attempt and moves on', () => {
    const plan = planBatch([failing('unknown', 'boom'), done('b')], 5, 5);
    expect(plan.accepted).toBe(2);
    expect(plan.deadLetters).toEqual([{ index: 0, reason: 'gave up after 5 attempts: boom', errors: [] }]);
    expect(keys(plan)).toEqual(['b']);
  });
});
