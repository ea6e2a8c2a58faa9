import { peopleIn } from './testing/people-in';

const names = (text: string) => peopleIn(text, 'en', 'places');

describe('regnalNumberAfter', () => {
  it('keeps a Roman number after a name as part of it', () => {
    expect(names('The treaty angered King Edmund IV and his court.')).toEqual(['King Edmund IV']);
    expect(names('The firm passed to Harold Brice III, who sold it in 1990.')).toEqual(['Harold Brice III']);
  });

  it('leaves the pronoun I out of a name before a verb', () => {
    expect(names('Later that evening Harold Brice I think left early.')).toEqual(['Harold Brice']);
  });

  it('leaves a lone capital before a full stop out, as it may be an initial', () => {
    expect(names('The letter reached Harold Brice V. Then it was lost.')).toEqual(['Harold Brice']);
  });
});
