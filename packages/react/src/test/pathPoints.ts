/**
 * The vertices of an SVG path made of `M`, `L` and `Z` commands (what d3-shape's `line()` draws
 * with its default linear curve), one array per sub-path. For property tests of lines.
 *
 * @example
 * pathRuns('M0,10L5,4M15,2Z'); // [[{ x: 0, y: 10 }, { x: 5, y: 4 }], [{ x: 15, y: 2 }]]
 */
export function pathRuns(path: string): Array<Array<{ x: number; y: number }>> {
  const runs: Array<Array<{ x: number; y: number }>> = [];
  for (const match of path.matchAll(/([MLZ])([^MLZ]*)/g)) {
    const [, command, args] = match;
    if (command === 'Z') continue;
    const [x, y] = args!.split(',').map(Number);
    if (command === 'M') runs.push([]);
    runs.at(-1)!.push({ x: x!, y: y! });
  }
  return runs;
}
