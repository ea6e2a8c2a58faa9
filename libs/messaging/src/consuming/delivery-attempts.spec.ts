import { DeliveryAttempts } from './delivery-attempts';

describe('DeliveryAttempts', () => {
  it('allows retries up to the limit, then gives up and forgets the message', () => {
    const attempts = new DeliveryAttempts(3);
    expect(attempts.failed('t/0/1')).toEqual({ attempts: 1, retry: true });
    expect(attempts.failed('t/0/1')).toEqual({ attempts: 2, retry: true });
    expect(attempts.failed('t/0/1')).toEqual({ attempts: 3, retry: false });
    expect(attempts.failed('t/0/1')).toEqual({ attempts: 1, retry: true });
  });

  it('starts again after a success and counts messages separately', () => {
    const attempts = new DeliveryAttempts(2);
    attempts.failed('a');
    attempts.succeeded('a');
    expect(attempts.failed('a').retry).toBe(true);
    expect(attempts.failed('b').attempts).toBe(1);
  });
});
