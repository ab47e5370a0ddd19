/**
 * The layout checks of the visual run (visual.test.tsx), run in the story's page: no two pieces of
 * visible text overlap, nothing makes the page scroll sideways or sticks out of the story root,
 * and a chart's tooltip stays inside its chart. Each returns its problems as sentences (empty when
 * the story is fine), so a failure names what overlaps or overflows and by how much.
 */

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Overlaps of at most this many pixels (either way) are rounding, not a collision. */
const SLACK = 2;

function intersect(a: Box, b: Box): Box {
  return {
    left: Math.max(a.left, b.left),
    right: Math.min(a.right, b.right),
    top: Math.max(a.top, b.top),
    bottom: Math.min(a.bottom, b.bottom),
  };
}

const width = (box: Box) => box.right - box.left;
const height = (box: Box) => box.bottom - box.top;
const px = (value: number) => String(Math.round(value * 10) / 10);

/**
 * Whether an element's text is not seen: not rendered or skipped (a closed `<details>`),
 * invisible, transparent, or visually hidden for screen readers only (`vitals-visually-hidden`, an `sr-only` class, or a `clip` /
 * `clip-path` that cuts the element away).
 */
function isHidden(element: Element, stop: Element): boolean {
  // Not rendered, or skipped by content-visibility (the body of a closed <details>).
  if (!element.checkVisibility({ contentVisibilityAuto: true })) return true;
  for (let node: Element | null = element; node && node !== stop.parentElement;) {
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') {
      return true;
    }
    if (node.classList.contains('vitals-visually-hidden') || node.classList.contains('sr-only')) {
      return true;
    }
    if (style.position === 'absolute' || style.position === 'fixed') {
      if (style.clip && style.clip !== 'auto') return true;
      if (/inset\(\s*50%|circle\(\s*0/.test(style.clipPath)) return true;
    }
    node = node.parentElement;
  }
  return false;
}

/**
 * The part of the page that `first` and its ancestors let their content show: the intersection of
 * the boxes of those that clip their overflow (a scroller, `overflow: hidden`, an ellipsis cell),
 * or null when none does. For a text node, `first` is its parent element (whose own overflow
 * clips the text); for an element, its parent.
 */
function clipBoxOf(first: Element | null): Box | null {
  let box: Box | null = null;
  for (let node = first; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll|hidden|clip)/.test(`${style.overflowX} ${style.overflowY}`)) {
      const rect = node.getBoundingClientRect();
      box = box ? intersect(box, rect) : rect;
    }
  }
  return box;
}

function describeText(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed);
}

/**
 * Every visible piece of text under `root`, one box per line box of each text node
 * (Range.getClientRects), cut to what its clipping ancestors show. A text box is as tall as the
 * font's ascent plus descent, taller than its line when the line height is tight, so each box is
 * trimmed, about its middle, to the font size (the em box): stacked lines then touch, not overlap.
 * Tooltips are left out (the tooltip check looks at them).
 */
function textBoxes(root: Element): { box: Box; text: string; node: Text }[] {
  const boxes: { box: Box; text: string; node: Text }[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!node.data.trim()) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('[role="tooltip"]') || isHidden(parent, root)) continue;
    const fontSize = Number.parseFloat(getComputedStyle(parent).fontSize) || 0;
    const clip = clipBoxOf(parent);
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const inset = Math.max(0, (rect.height - fontSize) / 2);
      let box: Box = {
        left: rect.left,
        right: rect.right,
        top: rect.top + inset,
        bottom: rect.bottom - inset,
      };
      if (clip) box = intersect(box, clip);
      if (width(box) < 1 || height(box) < 1) continue;
      boxes.push({ box, text: node.data, node });
    }
  }
  return boxes;
}

/** The nearest `position: sticky` ancestor-or-self, or null. */
function stickyOf(element: Element | null): Element | null {
  for (let node = element; node; node = node.parentElement) {
    if (getComputedStyle(node).position === 'sticky') return node;
  }
  return null;
}

/**
 * Pairs of text boxes (of different text nodes) that overlap by more than SLACK both ways. One
 * exception: text in a sticky element (a table's header) over text that is not sticky is content
 * scrolled under the header, drawn beneath it, not a collision.
 */
export function textOverlaps(root: Element): string[] {
  const boxes = textBoxes(root).sort((a, b) => a.box.left - b.box.left);
  const problems = new Set<string>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j]!;
      if (b.box.left >= a.box.right - SLACK) break;
      if (a.node === b.node) continue;
      if (!stickyOf(a.node.parentElement) !== !stickyOf(b.node.parentElement)) continue;
      const common = intersect(a.box, b.box);
      if (width(common) > SLACK && height(common) > SLACK) {
        problems.add(
          `text overlaps: ${describeText(a.text)} and ${describeText(b.text)} (${px(width(common))}×${px(height(common))} px at ${px(common.left)},${px(common.top)})`,
        );
      }
    }
  }
  return [...problems];
}

function describeElement(element: Element): string {
  const className = element.getAttribute('class');
  return `<${element.tagName.toLowerCase()}${className ? ` class="${className}"` : ''}>`;
}

/**
 * The page must not scroll sideways (the document no wider than the viewport), and no visible
 * element may reach outside the story root left or right (measured on the part its clipping
 * ancestors show: a table inside a horizontal scroller is fine, the scroller itself is not).
 */
export function horizontalOverflow(root: Element): string[] {
  const problems: string[] = [];
  const { scrollWidth, clientWidth } = document.documentElement;
  if (scrollWidth > clientWidth) {
    problems.push(
      `the page scrolls sideways: ${scrollWidth} px wide in a ${clientWidth} px viewport`,
    );
  }
  const rootBox = root.getBoundingClientRect();
  for (const element of root.querySelectorAll('*')) {
    if (element.closest('[role="tooltip"]')) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const clip = clipBoxOf(element.parentElement);
    const shown = clip ? intersect(rect, clip) : rect;
    if (width(shown) <= 0 || height(shown) <= 0) continue;
    if (shown.right > rootBox.right + 0.5 || shown.left < rootBox.left - 0.5) {
      if (isHidden(element, root)) continue;
      problems.push(
        `${describeElement(element)} reaches outside the story root: ${px(shown.left)}..${px(shown.right)} px, the root is ${px(rootBox.left)}..${px(rootBox.right)} px`,
      );
      // The first offender names the problem; its descendants would repeat it.
      break;
    }
  }
  return problems;
}

/** A chart's marks: the focusable marks (useChartMarks, the heatmap's cells) of each plot area. */
export function chartsWithMarks(root: Element): { chart: Element; marks: Element[] }[] {
  return [...root.querySelectorAll('.vitals-chart-body')]
    .map((body) => ({
      chart: body.closest('figure') ?? body,
      marks: [...body.querySelectorAll('[tabindex]')].filter((mark) => !isHidden(mark, root)),
    }))
    .filter(({ marks }) => marks.length > 0);
}

/** Problems with the tooltip now open in `chart`: none open, or one reaching outside the chart. */
export function tooltipProblems(chart: Element, how: string): string[] {
  const tips = [...chart.querySelectorAll('[role="tooltip"]')];
  if (tips.length === 0) return [`${how}: no tooltip opened`];
  const chartBox = chart.getBoundingClientRect();
  return tips.flatMap((tip) => {
    const box = tip.getBoundingClientRect();
    const outside =
      box.left < chartBox.left - 0.5 ||
      box.right > chartBox.right + 0.5 ||
      box.top < chartBox.top - 0.5 ||
      box.bottom > chartBox.bottom + 0.5;
    return outside
      ? [
          `${how}: the tooltip (${px(box.left)}..${px(box.right)} × ${px(box.top)}..${px(box.bottom)}) reaches outside its chart (${px(chartBox.left)}..${px(chartBox.right)} × ${px(chartBox.top)}..${px(chartBox.bottom)})`,
        ]
      : [];
  });
}
