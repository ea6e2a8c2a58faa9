/** The first `max` UTF-16 units of a text, one fewer when the cut would split a surrogate pair (an emoji, say). */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}
