import { LIMITS } from '../limits';
import { buildTree, walk } from './tree';

const tags = (elements: Iterable<{ tag: string }>): string[] => [...elements].map((element) => element.tag);

describe('buildTree', () => {
  it('lists every element in document order, the root first, as a walk of the tree visits them', () => {
    const tree = buildTree(
      '<html><head><title>T</title></head><body><div><p>a<b>b</b></p><ul><li>c</li></ul></div><img src="x"></body></html>',
    );
    expect(tags(tree.elements)).toEqual(['#root', 'html', 'head', 'title', 'body', 'div', 'p', 'b', 'ul', 'li', 'img']);
    expect(tree.elements).toEqual([...walk(tree.root)]);
  });

  it('leaves markup flattened below the depth cap out of the list, as out of the tree', () => {
    const depth = LIMITS.maxDepth + 5;
    const tree = buildTree(`${'<div>'.repeat(depth)}text${'</div>'.repeat(depth)}<p>after</p>`);
    expect(tree.depthCapped).toBe(true);
    expect(tree.elements).toHaveLength(LIMITS.maxDepth + 2);
    expect(tree.elements).toEqual([...walk(tree.root)]);
  });
});

describe('walk', () => {
  it('visits a page nested to the depth cap in document order', () => {
    const depth = LIMITS.maxDepth;
    const tree = buildTree(`${'<span><i>x</i>'.repeat(depth / 2)}${'</span>'.repeat(depth / 2)}`);
    const visited = tags(walk(tree.root));
    expect(visited).toHaveLength(depth + 1);
    expect(visited.slice(1, 5)).toEqual(['span', 'i', 'span', 'i']);
  });
});
