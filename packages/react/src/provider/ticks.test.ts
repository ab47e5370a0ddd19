import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKED_LOCALES as LOCALES } from '../test/locales';
import { createFormatters } from './format';
import { type AxisStyle, axisLabels, axisTickFormat, fewestDigits } from './ticks';

/** Reads the number a label shows (in the axis's unit), whatever the locale's digits. */
function shownNumber(label: string, locale: string): { value: number; fractionDigits: number } {
  const digits = new Map(
    [...new Intl.NumberFormat(locale, { useGrouping: false }).format(9876543210)].map(
      (glyph, index) => [glyph, String(9 - index)],
    ),
  );
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')!;
  let text = '';
  for (const glyph of label) {
    if (digits.has(glyph)) text += digits.get(glyph);
    else if (glyph === decimal.value && text !== '') text += '.';
  }
  const negative = /[-\u2212]/.test(label);
  return {
    value: (negative ? -1 : 1) * Number(text),
    fractionDigits: text.includes('.') ? text.length - text.indexOf('.') - 1 : 0,
  };
}

/** The ticks d3 would draw for a domain: what every Vitals axis feeds in. */
const axisTicks = fc
  .record({
    low: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
    span: fc.integer({ min: 1, max: 2_000_000_000 }),
    scale: fc.constantFrom(1, 0.01, 0.0001),
    count: fc.integer({ min: 2, max: 8 }),
    withZero: fc.boolean(),
  })
  .map(({ low, span, scale, count, withZero }) => {
    const domain = [low * scale, (low + span) * scale];
    if (withZero) domain.push(0);
    const y = scaleLinear()
      .domain([Math.min(...domain), Math.max(...domain)])
      .nice(count);
    return y.ticks(count);
  })
  .filter((ticks) => ticks.length >= 2);

const axisStyles = fc.oneof(
  fc.constantFrom(...LOCALES).map((l): AxisStyle => ({ ...l, style: 'currency' })),
  fc.constantFrom(...LOCALES).map((l): AxisStyle => ({ locale: l.locale, style: 'percent' })),
  fc
    .record({ l: fc.constantFrom(...LOCALES), signed: fc.boolean() })
    .map(({ l, signed }): AxisStyle => ({ locale: l.locale, style: 'decimal', signed })),
);

describe('axisTickFormat', () => {
  it('states a money axis in the unit of its largest tick, one digit count, zero plain', () => {
    const en = (ticks: number[]) =>
      axisTickFormat(ticks, { locale: 'en-US', style: 'currency', currency: 'USD' }).labels;
    expect(en([0, 500_000, 1_000_000, 1_500_000])).toEqual(['$0', '$0.5M', '$1.0M', '$1.5M']);
    expect(en([0, 5_000, 10_000, 15_000])).toEqual(['$0', '$5K', '$10K', '$15K']);
    expect(en([-20_000, 0, 20_000])).toEqual(['\u2212$20K', '$0', '$20K']);
  });

  it('groups every de-DE tick the same way and prints no trailing ,0 (the Node/Chromium mismatch)', () => {
    const de = axisTickFormat([0, 5_000, 10_000, 15_000], {
      locale: 'de-DE',
      style: 'currency',
      currency: 'EUR',
    });
    expect(de.labels).toEqual(['0\u00a0€', '5.000\u00a0€', '10.000\u00a0€', '15.000\u00a0€']);
    expect(
      axisTickFormat([0, 500_000, 1_000_000], {
        locale: 'de-DE',
        style: 'currency',
        currency: 'EUR',
      }).labels,
    ).toEqual(['0\u00a0€', '0,5\u00a0Mio.\u00a0€', '1,0\u00a0Mio.\u00a0€']);
  });

  it('keeps percent and signed score axes to one digit count', () => {
    expect(axisTickFormat([0.9, 0.95, 1], { locale: 'en-US', style: 'percent' }).labels).toEqual([
      '90%',
      '95%',
      '100%',
    ]);
    expect(
      axisTickFormat([0.9, 0.925, 0.95], { locale: 'en-US', style: 'percent' }).labels,
    ).toEqual(['90.0%', '92.5%', '95.0%']);
    expect(
      axisTickFormat([-50, 0, 50], { locale: 'en-US', style: 'decimal', signed: true }).labels,
    ).toEqual(['\u221250', '0', '+50']);
  });

  it('writes a value that is not finite as a dash', () => {
    expect(axisTickFormat([0, Number.NaN], { locale: 'en-US', style: 'decimal' }).labels).toEqual([
      '0',
      '—',
    ]);
  });

  it('property: distinct ticks get distinct labels', () => {
    fc.assert(
      fc.property(axisTicks, axisStyles, (ticks, style) => {
        const { labels } = axisTickFormat(ticks, style);
        expect(new Set(labels).size).toBe(new Set(ticks).size);
      }),
    );
  });

  it('property: every label reads back as its tick, within the precision it shows', () => {
    fc.assert(
      fc.property(axisTicks, axisStyles, (ticks, style) => {
        const { labels, factor, digits } = axisTickFormat(ticks, style);
        labels.forEach((label, index) => {
          const tick = ticks[index]!;
          const shown = shownNumber(label, style.locale).value * factor;
          const tolerance = (0.5 * factor) / 10 ** digits + 1e-12 * Math.abs(tick);
          expect(Math.abs(shown - tick)).toBeLessThanOrEqual(tolerance);
        });
      }),
    );
  });

  it('property: one axis uses one digit count, the fewest that show every tick exactly', () => {
    fc.assert(
      fc.property(axisTicks, axisStyles, (ticks, style) => {
        const { labels, factor, digits } = axisTickFormat(ticks, style);
        const counts = labels
          .filter((_, index) => !(style.style === 'currency' && ticks[index] === 0))
          .map((label) => shownNumber(label, style.locale).fractionDigits);
        expect(new Set(counts)).toEqual(new Set([digits]));
        expect(digits).toBe(fewestDigits(ticks.map((tick) => tick / factor)));
      }),
    );
  });
});

describe('axisLabels', () => {
  it('goes through a custom valueFormatter, tick by tick', () => {
    const format = createFormatters('en-US', 'USD', (value, { kind }) => `${kind}:${value}`);
    expect(axisLabels(format, [0, 1000], 'currency')).toEqual(['currency:0', 'currency:1000']);
    expect(axisLabels(format, [0.5], 'percent')).toEqual(['percent:0.5']);
  });

  it('uses axisTickFormat in the provider locale and currency', () => {
    expect(
      axisLabels(createFormatters('fr-FR', 'EUR'), [0, 500_000, 1_000_000], 'currency'),
    ).toEqual(
      axisTickFormat([0, 500_000, 1_000_000], {
        locale: 'fr-FR',
        style: 'currency',
        currency: 'EUR',
      }).labels,
    );
  });

  it('compactCurrency sets every digit option, so no ICU prints a trailing zero', () => {
    const de = createFormatters('de-DE', 'EUR');
    expect(de.compactCurrency(0)).toBe('0\u00a0€');
    expect(de.compactCurrency(1_000_000)).toBe('1\u00a0Mio.\u00a0€');
    expect(de.compactCurrency(5_000)).toBe('5.000\u00a0€');
    expect(createFormatters('en-US', 'USD').compactCurrency(1_000)).toBe('$1K');
  });
});
