import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaleLinear, scaleQuantize } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oklchHue } from '../test/colorVision';
import {
  COHORT_DIVERGING_RAMPS,
  COHORT_INKS,
  COHORT_LEVELS,
  COHORT_RAMPS,
  COHORT_SIDE_LEVELS,
  EVEN_BAND,
  cohortDivergingPalette,
  cohortPalette,
  colorDomain,
  contrastRatio,
  divergingDomain,
  divergingLevel,
  parseColor,
  pickTextColor,
  rampColor,
  relativeLuminance,
  retentionLevel,
  toHex,
} from './cohort.color';

describe('WCAG luminance and contrast', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#f00', 0.2126],
    ['#00ff00', 0.7152],
    ['#0000ff', 0.0722],
  ])('relative luminance of %s is %d (the channel coefficients)', (color, luminance) => {
    expect(relativeLuminance(color)).toBeCloseTo(luminance, 10);
  });

  it('linearises each channel with the sRGB curve', () => {
    // 0x80 = 128: ((128/255 + 0.055) / 1.055)^2.4 = 0.21586…; a small channel is linear (c / 12.92).
    expect(relativeLuminance('#808080')).toBeCloseTo(0.215861, 5);
    expect(relativeLuminance('rgb(10, 10, 10)')).toBeCloseTo(10 / 255 / 12.92, 10);
  });

  it('gives 21:1 for black on white, 1:1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#1849a9', '#1849a9')).toBe(1);
  });

  it('agrees with the well-known AA threshold greys: #767676 passes 4.5:1 on white, #777777 fails', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('reads #rgb, #rrggbb and rgb() and writes #rrggbb', () => {
    expect(parseColor('#1af')).toEqual({ r: 17, g: 170, b: 255 });
    expect(parseColor('rgb(24, 73, 169)')).toEqual({ r: 24, g: 73, b: 169 });
    expect(toHex('rgb(24, 73, 169)')).toBe('#1849a9');
    expect(() => parseColor('blue')).toThrow(/Unsupported colour/);
  });
});

describe('pickTextColor', () => {
  it('puts light text on a deep fill and dark text on a pale one', () => {
    expect(pickTextColor('#0b2a6f').ink).toBe('light');
    expect(pickTextColor('#eef4ff').ink).toBe('dark');
  });

  it('returns the candidate with the higher contrast, and that contrast', () => {
    const inks = { dark: '#101828', light: '#ffffff' };
    for (const fill of ['#5883de', '#2f62d0', '#808080', '#ffcc00']) {
      const choice = pickTextColor(fill, inks);
      const dark = contrastRatio(fill, inks.dark);
      const light = contrastRatio(fill, inks.light);
      expect(choice.contrast).toBeCloseTo(Math.max(dark, light), 12);
      expect(choice.color).toBe(dark >= light ? inks.dark : inks.light);
    }
  });

  it('with black and white inks, meets 4.5:1 on every fill (the better ink is always ≥ √21:1)', () => {
    for (let r = 0; r <= 255; r += 17)
      for (let g = 0; g <= 255; g += 17)
        for (let b = 0; b <= 255; b += 17) {
          const fill = toHex({ r, g, b });
          expect(pickTextColor(fill).contrast).toBeGreaterThanOrEqual(Math.sqrt(21) - 1e-9);
        }
  });
});

describe('the heatmap palettes', () => {
  for (const theme of ['light', 'dark'] as const) {
    const palette = cohortPalette(theme);

    it(`${theme}: ten steps, each with text at ≥ 4.5:1 on its fill`, () => {
      expect(palette).toHaveLength(COHORT_LEVELS);
      for (const swatch of palette) {
        expect(contrastRatio(swatch.fill, swatch.text.color)).toBeGreaterThanOrEqual(4.5);
        expect([COHORT_INKS[theme].dark, COHORT_INKS[theme].light]).toContain(swatch.text.color);
      }
    });

    it(`${theme}: more retention means more colour on that theme's surface`, () => {
      const surface = theme === 'light' ? '#ffffff' : '#161b26';
      const distance = palette.map((swatch) => contrastRatio(swatch.fill, surface));
      for (let i = 1; i < distance.length; i++)
        expect(distance[i]!).toBeGreaterThan(distance[i - 1]!);
    });
  }
});

// Read as text: the test runner turns CSS imports into empty modules.
const css = readFileSync(join(import.meta.dirname, 'cohort-heatmap.css'), 'utf8');

/** The defaults (`--_vitals-cohort-*`) declared in the CSS block that starts at `selector`. */
function declaredIn(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  expect(start).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--_(vitals-cohort-[\w-]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [
      `--${m[1]!}`,
      m[2]!,
    ]),
  );
}

describe('cohort-heatmap.css', () => {
  const blocks = {
    light: declaredIn(':where(:root, .vitals-root) {'),
    dark: declaredIn(":where(.vitals-root[data-theme='dark']) {"),
    system: declaredIn("  :where(.vitals-root[data-theme='system']) {"),
  };

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'dark'],
  ] as const)('declares exactly cohortPalette(%s → %s) for fills and inks', (block, theme) => {
    for (const swatch of cohortPalette(theme)) {
      expect(blocks[block][`--vitals-cohort-fill-${swatch.level}`]).toBe(swatch.fill);
      expect(blocks[block][`--vitals-cohort-ink-${swatch.level}`]).toBe(swatch.text.color);
    }
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'dark'],
  ] as const)(
    'declares exactly cohortDivergingPalette(%s → %s) for the two-sided fills and inks',
    (block, theme) => {
      const { even, below, above } = cohortDivergingPalette(theme);
      expect(blocks[block]['--vitals-cohort-even-fill']).toBe(even.fill);
      expect(blocks[block]['--vitals-cohort-even-ink']).toBe(even.text.color);
      for (const [side, swatches] of [
        ['below', below],
        ['above', above],
      ] as const) {
        for (const swatch of swatches) {
          const n = Math.abs(swatch.level);
          expect(blocks[block][`--vitals-cohort-${side}-fill-${n}`]).toBe(swatch.fill);
          expect(blocks[block][`--vitals-cohort-${side}-ink-${n}`]).toBe(swatch.text.color);
        }
      }
    },
  );

  it('styles every step of the two-sided scale, and only through the public-then-private pair', () => {
    for (let tone = -COHORT_SIDE_LEVELS; tone <= COHORT_SIDE_LEVELS; tone++) {
      const rule = css.slice(css.indexOf(`[data-tone='${tone}'] {`));
      const name = tone === 0 ? 'even' : `${tone < 0 ? 'below' : 'above'}`;
      const suffix = tone === 0 ? '' : `-${Math.abs(tone)}`;
      expect(rule.slice(0, rule.indexOf('}'))).toContain(
        `var(--vitals-cohort-${name}-fill${suffix}, var(--_vitals-cohort-${name}-fill${suffix}))`,
      );
    }
  });

  it.each(['light', 'dark', 'system'] as const)(
    '%s: the small-cohort text meets 4.5:1 on its grey and on its stripes',
    (block) => {
      const vars = blocks[block];
      const ink = vars['--vitals-cohort-small-ink']!;
      expect(contrastRatio(ink, vars['--vitals-cohort-small-fill']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(ink, vars['--vitals-cohort-small-stripe']!)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe('retentionLevel', () => {
  it.each([
    [0, 0],
    [0.05, 0],
    [0.1, 1],
    [0.5, 5],
    [0.83, 8],
    [0.99, 9],
    [1, 9],
    [1.4, 9],
    [-0.2, 0],
    [Number.NaN, 0],
  ])('puts %d in step %d of 0–100 %%', (retention, level) => {
    expect(retentionLevel(retention)).toBe(level);
  });

  it('cuts a narrower domain into ten equal bins of its own', () => {
    // 60–100 %: bins of 4 points. 83 % is (83 − 60) / 4 = 5.75 → step 5.
    expect(retentionLevel(0.83, [0.6, 1])).toBe(5);
    expect(retentionLevel(0.6, [0.6, 1])).toBe(0);
    expect(retentionLevel(0.5, [0.6, 1])).toBe(0);
    expect(retentionLevel(1.25, [0.6, 1.3])).toBe(9);
    expect(retentionLevel(0.99, [0.6, 1.3])).toBe(5);
  });
});

describe('colorDomain', () => {
  it.each([
    [
      [1, 0.83, 0.61],
      [0.6, 1],
    ],
    [
      [1, 1.23, 0.95],
      [0.9, 1.3],
    ],
    [
      [1, 0, 0],
      [0, 1],
    ],
    [
      [1, 1, 1],
      [0.9, 1],
    ],
    [
      [0, 0],
      [0, 0.1],
    ],
    [
      [1, 1.0000000000000002],
      [0.9, 1],
    ],
    [[], [0, 1]],
  ])('spans %o as %o: whole tens of percent, at least ten points wide', (values, domain) => {
    const [low, high] = colorDomain(values);
    expect(low).toBeCloseTo(domain[0]!, 12);
    expect(high).toBeCloseTo(domain[1]!, 12);
  });
});

describe('rampColor', () => {
  it('interpolates each sRGB channel between the stops around t', () => {
    expect(rampColor(['#000000', '#ffffff'], 0.5)).toBe('#808080');
    expect(rampColor(['#000000', '#ffffff', '#ff0000'], 0.75)).toBe('#ff8080');
    expect(rampColor(['#102030', '#a0b0c0'], -1)).toBe('#102030');
    expect(rampColor(['#102030', '#a0b0c0'], 2)).toBe('#a0b0c0');
  });

  const hex = fc
    .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
    .map(([r, g, b]) => toHex({ r, g, b }));

  it("is d3's clamped linear colour scale over evenly spaced stops", () => {
    fc.assert(
      fc.property(
        fc.array(hex, { minLength: 2, maxLength: 6 }),
        fc.double({ min: -0.5, max: 1.5, noNaN: true }),
        (stops, t) => {
          const d3Ramp = scaleLinear<string>()
            .domain(stops.map((_, i) => i / (stops.length - 1)))
            .range(stops)
            .clamp(true);
          expect(rampColor(stops, t)).toBe(toHex(d3Ramp(t)));
        },
      ),
    );
  });

  it('keeps both theme palettes exactly as the d3 ramp sampled them', () => {
    for (const theme of ['light', 'dark'] as const) {
      const { stops } = COHORT_RAMPS[theme];
      const d3Ramp = scaleLinear<string>()
        .domain(stops.map((_, i) => i / (stops.length - 1)))
        .range([...stops])
        .clamp(true);
      expect(cohortPalette(theme).map((swatch) => swatch.fill)).toEqual(
        Array.from({ length: COHORT_LEVELS }, (_, level) =>
          toHex(d3Ramp(level / (COHORT_LEVELS - 1))),
        ),
      );
    }
  });
});

describe('retentionLevel against d3', () => {
  it("bins like d3's scaleQuantize over ten steps, clamped to the domain", () => {
    const rate = fc.double({ min: -1, max: 3, noNaN: true });
    fc.assert(
      fc.property(rate, rate, rate, (a, b, retention) => {
        fc.pre(a !== b);
        const domain: [number, number] = a < b ? [a, b] : [b, a];
        const quantize = scaleQuantize<number>()
          .domain(domain)
          .range(Array.from({ length: COHORT_LEVELS }, (_, i) => i));
        const clamped = Math.min(domain[1], Math.max(domain[0], retention));
        expect(retentionLevel(retention, domain)).toBe(quantize(clamped));
      }),
    );
  });
});

/** The theme's colour roles, read from theme.css (the two-sided ramps take their hues from them). */
const themeCss = readFileSync(join(import.meta.dirname, '../internal/theme.css'), 'utf8');
function role(theme: 'light' | 'dark', name: string): string {
  const selector =
    theme === 'light'
      ? ':where(:root, .vitals-root) {'
      : ":where(.vitals-root[data-theme='dark']) {";
  const start = themeCss.indexOf(selector);
  const block = themeCss.slice(start, themeCss.indexOf('}', start));
  const match = new RegExp(`--_vitals-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block);
  expect(match, `${theme} ${name}`).not.toBeNull();
  return match![1]!;
}

const SURFACES = { light: '#ffffff', dark: '#161b26' } as const;
const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('the two-sided (revenue) palettes', () => {
  for (const theme of ['light', 'dark'] as const) {
    const palette = cohortDivergingPalette(theme);
    const all = [palette.even, ...palette.below, ...palette.above];

    it(`${theme}: every step's text is ≥ 4.5:1 on its fill, in the theme's own inks`, () => {
      expect(palette.below).toHaveLength(COHORT_SIDE_LEVELS);
      expect(palette.above).toHaveLength(COHORT_SIDE_LEVELS);
      for (const swatch of all) {
        expect(contrastRatio(swatch.fill, swatch.text.color)).toBeGreaterThanOrEqual(4.5);
        expect([COHORT_INKS[theme].dark, COHORT_INKS[theme].light]).toContain(swatch.text.color);
      }
    });

    it(`${theme}: both sides start from one neutral centre, the fill of exactly 100 %`, () => {
      const { below, above } = COHORT_DIVERGING_RAMPS[theme];
      expect(below[0]).toBe(above[0]);
      expect(palette.even.fill).toBe(toHex(below[0]!));
      expect(palette.even.level).toBe(0);
    });

    it(`${theme}: each side moves monotonically away from the centre (more colour on the surface)`, () => {
      for (const side of [palette.below, palette.above]) {
        const steps = [palette.even, ...side].map((swatch) =>
          contrastRatio(swatch.fill, SURFACES[theme]),
        );
        for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
      }
    });

    it(`${theme}: below 100 % in the hue of the negative role, above it in the positive role's`, () => {
      const negative = oklchHue(role(theme, 'negative'));
      const positive = oklchHue(role(theme, 'positive'));
      for (const swatch of palette.below)
        expect(hueGap(oklchHue(swatch.fill), negative)).toBeLessThanOrEqual(20);
      for (const swatch of palette.above)
        expect(hueGap(oklchHue(swatch.fill), positive)).toBeLessThanOrEqual(20);
      // And each side passes through the role colour itself.
      expect(COHORT_DIVERGING_RAMPS[theme].below).toContain(role(theme, 'negative'));
      expect(COHORT_DIVERGING_RAMPS[theme].above).toContain(role(theme, 'positive'));
    });
  }
});

describe('divergingDomain', () => {
  it.each([
    [
      [0.77, 1.04, 1.23],
      [0.7, 1.3],
    ],
    [
      [1, 1],
      [0.9, 1.1],
    ],
    [
      [0.95, 0.999],
      [0.9, 1.1],
    ],
    [
      [1.02, 2.4],
      [0.9, 2.4],
    ],
    [
      [0, 1],
      [0, 1.1],
    ],
    [[], [0.9, 1.1]],
  ])(
    'spans %o as %o: whole tens of percent, at least ten points either side of 100 %%',
    (values, domain) => {
      const [low, high] = divergingDomain(values);
      expect(low).toBeCloseTo(domain[0]!, 12);
      expect(high).toBeCloseTo(domain[1]!, 12);
    },
  );
});

describe('divergingLevel', () => {
  it.each([
    [1, 0],
    [1 - 1e-12, 0],
    [0.9996, 0],
    [1.0004, 0],
    [0.999, -1],
    [0.94, -1],
    [0.93, -2],
    [0.77, -4],
    [0.7, -5],
    [0.2, -5],
    [1.001, 1],
    [1.0006, 1],
    [0.9994, -1],
    [1.3, 5],
    [1.31, 5],
    [Number.NaN, 0],
  ])('puts %d at step %d of the 70 %–130 %% scale', (retention, level) => {
    expect(divergingLevel(retention, [0.7, 1.3])).toBe(level);
  });

  const domain = fc
    .tuple(
      fc.double({ min: 0, max: 0.9, noNaN: true }),
      fc.double({ min: 1.1, max: 5, noNaN: true }),
    )
    .map(([low, high]) => [low, high] as [number, number]);
  const rate = fc.double({ min: -0.5, max: 6, noNaN: true });

  it('is neutral at 100 % (as printed to one decimal), below zero under it and above zero over it, within ±5', () => {
    fc.assert(
      fc.property(domain, rate, (d, r) => {
        const level = divergingLevel(r, d);
        expect(divergingLevel(1, d)).toBe(0);
        expect(Math.abs(level)).toBeLessThanOrEqual(COHORT_SIDE_LEVELS);
        if (r - 1 <= -EVEN_BAND) expect(level).toBeLessThan(0);
        else if (r - 1 >= EVEN_BAND) expect(level).toBeGreaterThan(0);
        else expect(level).toBe(0);
      }),
    );
  });

  it('never falls as the rate rises (monotone on each side, and across the centre)', () => {
    fc.assert(
      fc.property(domain, rate, rate, (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(divergingLevel(lo, d)).toBeLessThanOrEqual(divergingLevel(hi, d));
      }),
    );
  });

  it('colours a rate further from 100 % at least as deeply as a nearer one, on either side, in both themes', () => {
    fc.assert(
      fc.property(
        domain,
        rate,
        rate,
        fc.constantFrom('light', 'dark' as const),
        (d, a, b, theme) => {
          const palette = cohortDivergingPalette(theme as 'light' | 'dark');
          const fillOf = (r: number) => {
            const level = divergingLevel(r, d);
            return level === 0
              ? palette.even.fill
              : (level < 0 ? palette.below : palette.above)[Math.abs(level) - 1]!.fill;
          };
          // Same side of 100 %, b at least as far from it as a.
          fc.pre((a - 1) * (b - 1) > 0 && Math.abs(b - 1) >= Math.abs(a - 1));
          const surface = SURFACES[theme as 'light' | 'dark'];
          expect(contrastRatio(fillOf(b), surface)).toBeGreaterThanOrEqual(
            contrastRatio(fillOf(a), surface),
          );
        },
      ),
    );
  });
});
