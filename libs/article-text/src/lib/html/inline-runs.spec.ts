import { inlineRunVotes } from './inline-runs';
import { buildTree, HtmlElement, walk } from './tree';

const first = (html: string, tag: string): HtmlElement => {
  for (const element of walk(buildTree(html).root)) if (element.tag === tag) return element;
  throw new Error(`no <${tag}>`);
};
const never = (): null => null;

describe('inlineRunVotes', () => {
  const prose = 'Prices fell again on Monday, traders said, after a week of losses';

  it('counts each run of text between block children as a paragraph', () => {
    const section = first(`<section>${prose}<h2>Next</h2>${prose}<ul><li>x</li></ul></section>`, 'section');
    expect(inlineRunVotes(section, never)).toBe(2 * (1 + 2));
  });

  it('joins inline markup into the run it sits in', () => {
    const section = first(
      `<section>Prices fell <b>again on Monday</b>, <a href="/x">traders</a> said</section>`,
      'section',
    );
    expect(inlineRunVotes(section, never)).toBe(2);
  });

  it('ignores short runs, furniture and elements that are not containers', () => {
    expect(inlineRunVotes(first('<section>Share<br>Print</section>', 'section'), never)).toBe(0);
    const span = first(`<p><span>${prose}</span></p>`, 'span');
    expect(inlineRunVotes(span, never)).toBe(0);
    const withAd = first(`<div><span class="ad">${prose}</span></div>`, 'div');
    expect(inlineRunVotes(withAd, (element) => element.attrs['class'] === 'ad')).toBe(0);
  });
});
