import { answerProblem } from './answer-check';

describe('answerProblem', () => {
  const sent = ['Київ оголосив нові санкції.', '', 'Друге речення тут.'];

  it('accepts an aligned, complete translation', () => {
    expect(answerProblem(sent, ['Киев объявил новые санкции.', '', 'Второе предложение здесь.'])).toBeNull();
  });

  it.each([
    ['a wrong paragraph count', ['Киев объявил новые санкции.'], /1 paragraphs back for 3 sent/],
    ['an empty paragraph', ['Киев объявил новые санкции.', '', ' '], /paragraph 2 came back empty/],
    ['the input echoed', sent, /unchanged/],
  ])('refuses %s', (_name, answer, problem) => {
    expect(answerProblem(sent, answer)).toMatch(problem);
  });

  it('lets a short text of names or numbers come back unchanged', () => {
    expect(answerProblem(['Reuters', '12:30'], ['Reuters', '12:30'])).toBeNull();
  });
});
