/** The text of server-rendered HTML, entities decoded, for searching words in it. */
export function decodeHtml(html: string): string {
  return html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The words of a message group: every literal run between placeholders with four letters or more. */
export function messageFragments(node: unknown): string[] {
  if (typeof node === 'string') {
    return node
      .split(/\{\w+\}/)
      .map((part) => part.trim())
      .filter((part) => /\p{L}{4,}/u.test(part));
  }
  return Object.values(node as object).flatMap(messageFragments);
}

/** The fragments of the `english` groups that the `translated` groups do not also say. */
export function untranslatedFragments(english: unknown[], translated: unknown[]): string[] {
  const kept = new Set(translated.flatMap(messageFragments));
  return english.flatMap(messageFragments).filter((fragment) => !kept.has(fragment));
}

/** Whether `text` says `phrase` as whole words (so "Legend" is not found in "Legende"). */
export function saysPhrase(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(text);
}

/**
 * What a reader can meet in server-rendered HTML: its text and its `aria-label`, `title` and `alt`
 * values, entities decoded, one run per line (class names and data attributes left out).
 */
export function readableText(html: string): string {
  const runs: string[] = [];
  for (const match of html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)) runs.push(match[1]!);
  for (const match of html.replace(/<[^>]*>/g, '\n').split('\n')) runs.push(match);
  return decodeHtml(runs.filter((run) => run.trim() !== '').join('\n'));
}
