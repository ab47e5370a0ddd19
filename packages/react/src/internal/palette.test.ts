import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../cohort-heatmap/cohort.color';
import { oklchHue, perceivedDistance, type VisionKind } from '../test/colorVision';

/**
 * The semantic colours (issue 19, "Tier colours"): healthy, at-risk and critical tiers, fair and
 * poor benchmark bands, gains and losses, promoters and detractors are told apart by colour by
 * readers with protanopia and deuteranopia too, in both themes, and each role keeps its hue family
 * from light to dark.
 */

const css = (file: string) => readFileSync(join(__dirname, file), 'utf8');

/** The `--_vitals-*` defaults declared in the first block whose selector contains `selector`. */
function defaults(source: string, selector: string): Record<string, string> {
  const start = source.indexOf(selector);
  expect(start, `${selector} is declared`).toBeGreaterThanOrEqual(0);
  const body = source.slice(source.indexOf('{', start) + 1, source.indexOf('}', start));
  const values: Record<string, string> = {};
  for (const match of body.matchAll(/--_vitals-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) {
    values[match[1]!] = match[2]!.toLowerCase();
  }
  return values;
}

const theme = css('theme.css');
const movements = css('../movements/movements.css');
const THEMES = {
  light: {
    ...defaults(theme, ':where(:root, .vitals-root)'),
    ...defaults(movements, ':where(:root, .vitals-root)'),
  },
  dark: {
    ...defaults(theme, ":where(.vitals-root[data-theme='dark'])"),
    ...defaults(movements, ":where(.vitals-root[data-theme='dark'])"),
  },
};
const VISIONS: VisionKind[] = ['typical', 'protanopia', 'deuteranopia'];
/** The roles a reader must tell apart by colour alone. */
const ROLES = ['positive', 'notice', 'negative', 'neutral'] as const;
/** Categories this far apart (CIEDE2000) read as different colours, not shades of one. */
const MIN_DISTANCE = 20;

describe.each(Object.entries(THEMES))('the %s theme', (name, colours) => {
  it.each(ROLES)('%s is text-contrast (4.5:1) on the surface', (role) => {
    expect(contrastRatio(colours[role]!, colours.surface!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['fg', 'muted', ...ROLES])(
    '%s is text-contrast (4.5:1) on a hovered or selected row (highlight)',
    (role) => {
      expect(contrastRatio(colours[role]!, colours.highlight!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  const pairs = ROLES.flatMap((first, index) =>
    ROLES.slice(index + 1).map((second) => [first, second] as const),
  );
  it.each(
    pairs.flatMap(([first, second]) => VISIONS.map((vision) => [first, second, vision] as const)),
  )('%s and %s are at least ΔE2000 20 apart with %s vision', (first, second, vision) => {
    expect(perceivedDistance(colours[first]!, colours[second]!, vision)).toBeGreaterThanOrEqual(
      MIN_DISTANCE,
    );
  });

  it.each(VISIONS)(
    'contraction and churn stay apart with %s vision (churn is hatched as well)',
    (vision) => {
      expect(
        perceivedDistance(colours['movement-contraction']!, colours['movement-churn']!, vision),
      ).toBeGreaterThanOrEqual(MIN_DISTANCE);
    },
  );

  it(`declares the same values under prefers-color-scheme for data-theme='system'`, () => {
    if (name === 'light') return;
    const media = theme.slice(theme.indexOf('@media (prefers-color-scheme: dark)'));
    const system = defaults(media, ":where(.vitals-root[data-theme='system'])");
    for (const [key, value] of Object.entries(system)) expect(colours[key], key).toBe(value);
    expect(Object.keys(system).length).toBeGreaterThan(10);
  });
});

describe('hue families', () => {
  it.each(ROLES)('%s keeps its hue (OKLCH) within 20° from light to dark', (role) => {
    const light = oklchHue(THEMES.light[role]!);
    const dark = oklchHue(THEMES.dark[role]!);
    const apart = Math.abs(((light - dark + 540) % 360) - 180);
    expect(apart).toBeLessThanOrEqual(20);
  });
});

describe('the colour-vision model', () => {
  it('gives 0 for a colour and itself, and is symmetric', () => {
    expect(perceivedDistance('#1849a9', '#1849a9', 'deuteranopia')).toBe(0);
    expect(perceivedDistance('#0f766e', '#7a1a2e', 'protanopia')).toBeCloseTo(
      perceivedDistance('#7a1a2e', '#0f766e', 'protanopia'),
      10,
    );
  });

  it('sees the classic confusion: a mid green and a mid red nearly merge for deuteranopes', () => {
    // A leaf green and a sienna differ plainly to typical vision…
    expect(perceivedDistance('#4a7d2c', '#a0522d', 'typical')).toBeGreaterThan(30);
    // …and the old at-risk brown and critical red were under 5 apart for deuteranopes (issue 19).
    expect(perceivedDistance('#93370d', '#b42318', 'deuteranopia')).toBeLessThan(5);
    expect(perceivedDistance('#93370d', '#b42318', 'protanopia')).toBeLessThan(5);
  });
});
