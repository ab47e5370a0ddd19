/** An sRGB colour as 0–255 channels. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The two colour sets of the heatmap, one per Vitals theme. */
export type CohortTheme = 'light' | 'dark';

/** How many colour steps the heatmap uses: retention 0–100 % in steps of 10 points. */
export const COHORT_LEVELS = 10;

/**
 * Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)`.
 *
 * @example
 * parseColor('#1849a9'); // { r: 24, g: 73, b: 169 }
 */
export function parseColor(color: string): Rgb {
  const text = color.trim().toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) {
    const [r, g, b] = short.slice(1).map((digit) => parseInt(digit + digit, 16)) as [
      number,
      number,
      number,
    ];
    return { r, g, b };
  }
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(text);
  if (long) {
    const [r, g, b] = long.slice(1).map((pair) => parseInt(pair, 16)) as [number, number, number];
    return { r, g, b };
  }
  const functional =
    /^rgb\(\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*(\d+(?:\.\d+)?)\s*\)$/.exec(text);
  if (functional) {
    const [r, g, b] = functional.slice(1).map(Number) as [number, number, number];
    return { r, g, b };
  }
  throw new Error(`Unsupported colour "${color}": use #rgb, #rrggbb or rgb(r, g, b).`);
}

/** `#rrggbb` for a colour in any form {@link parseColor} reads. */
export function toHex(color: string | Rgb): string {
  const { r, g, b } = typeof color === 'string' ? parseColor(color) : color;
  return `#${[r, g, b]
    .map((channel) =>
      Math.round(Math.min(255, Math.max(0, channel)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * WCAG 2.2 relative luminance: 0 for black, 1 for white.
 *
 * @example
 * relativeLuminance('#ffffff'); // 1
 */
export function relativeLuminance(color: string | Rgb): number {
  const { r, g, b } = typeof color === 'string' ? parseColor(color) : color;
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2.2 contrast ratio between two colours, from 1 (same) to 21 (black on white).
 *
 * @example
 * contrastRatio('#000000', '#ffffff'); // 21
 */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The ink chosen for one fill. */
export interface TextColorChoice {
  /** The candidate with the higher contrast on the fill. */
  color: string;
  /** Which candidate it is. */
  ink: 'dark' | 'light';
  /** Its WCAG contrast ratio on the fill. */
  contrast: number;
}

/**
 * Picks dark or light text for a cell fill: whichever has the higher WCAG contrast on it, so that
 * every cell's label stays readable. With near-black and near-white inks the winner is ≥ 4.5:1 on
 * any fill outside a narrow band of mid luminances, which the palettes below avoid.
 *
 * @example
 * pickTextColor('#0b2a6f', { dark: '#101828', light: '#ffffff' }); // { ink: 'light', … }
 */
export function pickTextColor(
  fill: string,
  inks: { dark: string; light: string } = { dark: '#000000', light: '#ffffff' },
): TextColorChoice {
  const onDark = contrastRatio(fill, inks.light);
  const onLight = contrastRatio(fill, inks.dark);
  return onLight >= onDark
    ? { color: inks.dark, ink: 'dark', contrast: onLight }
    : { color: inks.light, ink: 'light', contrast: onDark };
}

/**
 * The colour ramps, low retention to high: in light theme from a pale to a deep blue, in dark theme
 * from a blue just above the surface to a bright one, so that "more colour" means "more retained"
 * on either background. {@link rampColor} interpolates between the stops.
 */
export const COHORT_RAMPS: Record<CohortTheme, { stops: readonly string[] }> = {
  light: { stops: ['#eef4ff', '#a9c5fb', '#2f62d0', '#0b2a6f'] },
  dark: { stops: ['#1d2739', '#223f7c', '#3563c8', '#c5d9ff'] },
};

/** The text colours a cell may take, per theme (the theme's own foreground and its inverse). */
export const COHORT_INKS: Record<CohortTheme, { dark: string; light: string }> = {
  light: { dark: '#101828', light: '#ffffff' },
  dark: { dark: '#0c111d', light: '#f5f5f6' },
};

/** One step of the heatmap's colour scale. */
export interface CohortSwatch {
  level: number;
  fill: string;
  text: TextColorChoice;
}

/**
 * The colour at `t` (0–1, clamped) along `stops` spaced evenly: each sRGB channel interpolated
 * linearly between the two stops around `t` and rounded, as d3's `scaleLinear<string>()` with its
 * default RGB interpolation does, without d3-interpolate and d3-color. Concrete colours, so the text
 * contrast of each step can be computed (a CSS `color-mix` ramp could not be checked).
 *
 * @example
 * rampColor(['#000000', '#ffffff'], 0.5); // '#808080'
 */
export function rampColor(stops: readonly string[], t: number): string {
  const colors = stops.map((stop) => parseColor(stop));
  const last = colors.length - 1;
  const at = Math.max(0, Math.min(1, t));
  // The segment d3's piecewise map bisects to: the last stop position ≤ at (the final segment
  // for at = 1), and where `at` sits inside it.
  let segment = 0;
  while (segment < last - 1 && (segment + 1) / last <= at) segment++;
  const from = segment / last;
  const to = (segment + 1) / last;
  const local = last === 0 ? 0 : (at - from) / (to - from);
  const a = colors[segment]!;
  const b = colors[Math.min(segment + 1, last)]!;
  const mix = (x: number, y: number) => Math.round(x + local * (y - x));
  return toHex({ r: mix(a.r, b.r), g: mix(a.g, b.g), b: mix(a.b, b.b) });
}

/**
 * The discrete palette of a theme: `COHORT_LEVELS` fills sampled evenly from the theme's ramp with
 * {@link rampColor}, each with its contrasting text colour. `cohort-heatmap.css` declares
 * exactly these values as `--vitals-cohort-fill-N` / `--vitals-cohort-ink-N` (a test checks it).
 */
export function cohortPalette(theme: CohortTheme): CohortSwatch[] {
  const { stops } = COHORT_RAMPS[theme];
  return Array.from({ length: COHORT_LEVELS }, (_, level) => {
    const fill = rampColor(stops, level / (COHORT_LEVELS - 1));
    return { level, fill, text: pickTextColor(fill, COHORT_INKS[theme]) };
  });
}

/**
 * The range the colour scale spans: the lowest and highest rate shown, widened to whole tens of
 * percent and to at least ten points, so that a table whose rates all sit between 80 % and 100 %
 * still uses every step. The legend prints both ends.
 *
 * @example
 * colorDomain([1, 0.83, 0.61]); // [0.6, 1]
 * colorDomain([]); // [0, 1]
 */
export function colorDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return [0, 1];
  // The epsilon keeps float noise (1.0000000000000002) from opening a whole extra step.
  let low = Math.max(0, Math.floor(Math.min(...finite) * 10 + 1e-9) / 10);
  let high = Math.ceil(Math.max(...finite) * 10 - 1e-9) / 10;
  if (high - low < 0.1) {
    low = Math.max(0, high - 0.1);
    high = low + 0.1;
  }
  return [low, high];
}

/**
 * The colour step of a retention rate: `domain` cut into ten equal bins, as d3's `scaleQuantize`
 * cuts it (the same thresholds, a rate on a threshold takes the upper bin); rates outside it take
 * the end steps, and every label states the exact figure.
 *
 * @example
 * retentionLevel(0.83); // 8 (domain 0–100 %)
 * retentionLevel(0.83, [0.6, 1]); // 5
 */
export function retentionLevel(
  retention: number,
  domain: readonly [number, number] = [0, 1],
): number {
  if (!Number.isFinite(retention)) return 0;
  const [low, high] = domain;
  const value = Math.min(high, Math.max(low, retention));
  const n = COHORT_LEVELS - 1;
  let level = 0;
  // Threshold i of d3's quantize scale over [low, high] with n + 1 bins.
  for (let i = 0; i < n; i++) if (((i + 1) * high - (i - n) * low) / (n + 1) <= value) level++;
  return level;
}

/** How many colour steps each side of the two-sided (revenue) scale has, away from 100 %. */
export const COHORT_SIDE_LEVELS = 5;

/**
 * The two-sided ramps of revenue retention, each from the neutral grey of 100 % (no change) out to
 * a deep colour: below 100 % (contraction and churn) the hue of the theme's `negative` role
 * (crimson), above it (expansion) the hue of its `positive` role (teal). In light theme each side
 * darkens away from the centre, in dark theme it brightens, so "more colour" means "further from
 * 100 %" on either background; both sides pass through the role colour itself.
 */
export const COHORT_DIVERGING_RAMPS: Record<
  CohortTheme,
  { below: readonly string[]; above: readonly string[] }
> = {
  light: {
    below: ['#eceef2', '#f7c6cf', '#d0536b', '#7a1a2e', '#4a0f1c'],
    above: ['#eceef2', '#b3e6dc', '#45a89a', '#0f766e', '#08433e'],
  },
  dark: {
    below: ['#262b36', '#52232f', '#9c3048', '#e5637a', '#f7b3bf'],
    above: ['#262b36', '#133f3b', '#17826f', '#5fe9d0', '#b8f7ea'],
  },
};

/** The two-sided palette of a theme: the neutral centre, and the steps below and above it. */
export interface CohortDivergingPalette {
  /** The fill of exactly 100 %: the ramps' common first stop. */
  even: CohortSwatch;
  /** Steps −1 (just below 100 %) to −`COHORT_SIDE_LEVELS` (the lowest rates). */
  below: CohortSwatch[];
  /** Steps 1 (just above 100 %) to `COHORT_SIDE_LEVELS` (the highest rates). */
  above: CohortSwatch[];
}

/**
 * The two-sided palette of a theme: each side's ramp sampled at `k / COHORT_SIDE_LEVELS` for step
 * ±k with {@link rampColor}, each with its contrasting text colour. `cohort-heatmap.css` declares
 * exactly these values as `--vitals-cohort-even-*`, `--vitals-cohort-below-N-*` and
 * `--vitals-cohort-above-N-*` (a test checks it).
 */
export function cohortDivergingPalette(theme: CohortTheme): CohortDivergingPalette {
  const ramps = COHORT_DIVERGING_RAMPS[theme];
  const inks = COHORT_INKS[theme];
  const swatch = (stops: readonly string[], level: number): CohortSwatch => {
    const fill = rampColor(stops, Math.abs(level) / COHORT_SIDE_LEVELS);
    return { level, fill, text: pickTextColor(fill, inks) };
  };
  const side = (stops: readonly string[], sign: number) =>
    Array.from({ length: COHORT_SIDE_LEVELS }, (_, i) => swatch(stops, sign * (i + 1)));
  return {
    even: swatch(ramps.below, 0),
    below: side(ramps.below, -1),
    above: side(ramps.above, 1),
  };
}

/**
 * The range of the two-sided scale: the lowest and highest rate shown widened to whole tens of
 * percent, and always at least ten points either side of 100 %, so that each side keeps its own
 * steps (as d3's `scaleDiverging` with the domain `[low, 1, high]`).
 *
 * @example
 * divergingDomain([0.77, 1.04, 1.23]); // [0.7, 1.3]
 * divergingDomain([1, 1]); // [0.9, 1.1]
 */
export function divergingDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((value) => Number.isFinite(value));
  const low = finite.length > 0 ? Math.floor(Math.min(...finite) * 10 + 1e-9) / 10 : 0.9;
  const high = finite.length > 0 ? Math.ceil(Math.max(...finite) * 10 - 1e-9) / 10 : 1.1;
  return [Math.max(0, Math.min(0.9, low)), Math.max(1.1, high)];
}

/**
 * How far from 100 % a rate may be and still take the neutral centre: under half a tenth of a
 * point, the rates the one-decimal percent format prints as "100.0 %" (a cell that reads 100.0 %
 * in the colour of a loss would contradict its own figure). The same rounding as the figure, not
 * a rounding of the scale's own.
 */
export const EVEN_BAND = 0.0005;

/**
 * The step of a rate on the two-sided scale: 0 at 100 % (within {@link EVEN_BAND}), −1 to
 * −`COHORT_SIDE_LEVELS` below it and 1 to `COHORT_SIDE_LEVELS` above it, each side of `domain` cut
 * into equal bins from 100 % outwards. Any other loss is at least step −1 and any gain at least
 * step 1, so a cell's side of 100 % always shows; rates past the domain take the end steps, and
 * every cell prints its exact figure.
 *
 * @example
 * divergingLevel(1); // 0
 * divergingLevel(0.77, [0.7, 1.3]); // −4 (23 of the 30 points below 100 %)
 * divergingLevel(1.04, [0.7, 1.3]); // 1
 */
export function divergingLevel(
  retention: number,
  domain: readonly [number, number] = [0, 2],
): number {
  if (!Number.isFinite(retention)) return 0;
  const [low, high] = domain;
  const change = retention - 1;
  if (Math.abs(change) < EVEN_BAND) return 0;
  const reach = change < 0 ? 1 - low : high - 1;
  const steps = reach > 0 ? Math.ceil((Math.abs(change) / reach) * COHORT_SIDE_LEVELS - 1e-9) : 1;
  return Math.sign(change) * Math.min(COHORT_SIDE_LEVELS, Math.max(1, steps));
}
