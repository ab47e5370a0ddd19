import type { ChartMarks } from '../internal/chart';

/** The breakdown's marks as one sub-plot sees them: the shared behaviour and its first index. */
export interface VoiceSectionMarks {
  marks: ChartMarks;
  /** The index of the sub-plot's first mark among all the breakdown's marks. */
  first: number;
}

/** The sub-plot's own index of the active mark, or `null` when the active mark is elsewhere. */
export function activeIn({ marks, first }: VoiceSectionMarks, count: number): number | null {
  const local = marks.activeIndex === null ? -1 : marks.activeIndex - first;
  return local >= 0 && local < count ? local : null;
}
