/**
 * Why a provider's answer cannot be used, or null when it can: it must keep the paragraph count,
 * give text for every paragraph that had text, and not simply echo a text of several words.
 */
export function answerProblem(input: readonly string[], output: readonly string[]): string | null {
  if (output.length !== input.length) return `${output.length} paragraphs back for ${input.length} sent`;
  const empty = input.findIndex((text, n) => text.trim() !== '' && (output[n] ?? '').trim() === '');
  if (empty >= 0) return `paragraph ${empty} came back empty`;
  const words = input.join(' ').match(/\p{L}+/gu)?.length ?? 0;
  if (words >= 3 && output.every((text, n) => text.trim() === input[n].trim())) return 'the input came back unchanged';
  return null;
}
