import { ces, csat, nps } from '@vitals/metrics';
import { describe, expect, it } from 'vitest';
import { enCes, enCsat, enNps, enVoice } from '../messages/en';
import { messagesDe } from '../messages/de';
import { createFormatters } from '../provider/format';
import { cesSummary, flipText } from './ces.text';
import { csatParts, csatSummary } from './csat.text';
import { lowSampleText, npsParts, npsRating, npsSummary } from './nps.text';
import { marginText, meanText, npsScoreText, rangeText } from './voice.format';
import { scoreBars, thresholdParts } from './voice.parts';

const en = createFormatters('en-US', 'USD');
const de = createFormatters('de-DE', 'EUR');

describe('number words', () => {
  it('signs NPS scores, rounds them, and never prints −0', () => {
    expect(npsScoreText(32.4, 'en-US')).toBe('+32');
    expect(npsScoreText(-5, 'en-US')).toBe('−5');
    expect(npsScoreText(-0.4, 'en-US')).toBe('0');
    expect(npsScoreText(100, 'en-US')).toBe('+100');
    expect(npsScoreText(null, 'en-US')).toBe('—');
  });

  it('formats margins and means through Intl, with decimal commas in de-DE', () => {
    expect(marginText(9.2, 'en-US')).toBe('±\u00a09');
    expect(meanText(5.43, 'en-US')).toBe('5.4');
    expect(meanText(5.43, 'de-DE')).toBe('5,4');
    expect(meanText(4, 'de-DE')).toBe('4,0');
    expect(rangeText(9, 10, 'en-US')).toBe('9–10');
    expect(rangeText(5, 5, 'en-US')).toBe('5');
  });
});

describe('NPS words', () => {
  it('rates against the benchmark table and names its edges (SPEC §10: 55/20/25 → 30, good)', () => {
    const result = nps([...Array(55).fill(10), ...Array(20).fill(7), ...Array(25).fill(0)]);
    expect(result.score).toBe(30);
    expect(npsRating(result.score, en, enVoice)?.sentence).toBe(
      'Good against the benchmark (good from +30, excellent from +50).',
    );
    expect(npsRating(-100, en, enVoice)?.label).toBe('Poor');
    expect(npsRating(null, en, enVoice)).toBeNull();
  });

  it('says one response and many responses with the plural of the language', () => {
    const one = nps([10]);
    expect(npsSummary(one, en, null, [], [], enVoice, enNps)).toContain('from 1 response:');
    expect(lowSampleText(nps(Array(2).fill(10)), de, messagesDe.voice, messagesDe.nps)).toMatch(
      /^Kleine Stichprobe: 2 Antworten, weniger als 30/,
    );
  });

  it('warns about a low sample below the threshold and not at it', () => {
    const below = nps(Array(29).fill(10));
    const at = nps(Array(30).fill(10));
    expect(lowSampleText(below, en, enVoice, enNps)).toMatch(
      /^Low sample: 29 responses, fewer than 30, so/,
    );
    expect(lowSampleText(at, en, enVoice, enNps)).toBeNull();
  });

  it('states every part in the text alternative', () => {
    const summary = npsSummary(nps([10, 9, 8, 2]), en, null, [], [], enVoice, enNps);
    expect(summary).toContain('Net Promoter Score +25 ±');
    expect(summary).toContain(
      'from 4 responses: detractors 1 (25.0%), passives 1 (25.0%), promoters 2 (50.0%).',
    );
  });

  it('sorts scores into their parts for the distribution', () => {
    const bars = scoreBars(nps([0, 6, 7, 8, 9, 10]).distribution, npsParts(nps([]), enNps));
    expect(bars.map((b) => b.part.id)).toEqual([
      ...Array(7).fill('detractor'),
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });
});

describe('CSAT and CES words', () => {
  it('splits CSAT at top-two-box and says satisfied of total (SPEC §10: 75 of 100 → 75 %)', () => {
    const result = csat([...Array(75).fill(5), ...Array(25).fill(2)]);
    expect(csatParts(result, enCsat).map((p) => [p.id, p.min, p.max, p.count])).toEqual([
      ['unsatisfied', 1, 3, 25],
      ['satisfied', 4, 5, 75],
    ]);
    expect(csatSummary(result, en, null, [], enVoice, enCsat)).toBe(
      'Customer satisfaction 75.0%: 75 of 100 responses satisfied (4–5 on 1–5); mean score 4.3 of 5. 95% interval: 65.7% to 82.5%.',
    );
  });

  it('leaves out a part with no scores (satisfied from 1)', () => {
    const result = csat([1, 2], { satisfiedMin: 1 });
    expect(
      thresholdParts(
        result.distribution,
        1,
        { id: 'l', name: 'L', inSentence: 'l' },
        { id: 'u', name: 'U', inSentence: 'u' },
        { upper: result.satisfied, total: result.total },
      ),
    ).toHaveLength(1);
  });

  it('says when CES scores were reversed, and uses decimal commas in de-DE (SPEC §10: mean 3 on 1–5 → 60 %)', () => {
    const flipped = ces([3, 3, 3], { scale: 5, higherIsEasier: false });
    expect(flipped.normalized).toBe(0.6);
    expect(flipText(flipped, en, enCes)).toMatch(/^Reversed scale: .* shown as 6 − s/);
    expect(flipText(ces([3], { scale: 5 }), en, enCes)).toBeNull();
    expect(cesSummary(ces([7, 6, 4], { scale: 7 }), de, [], enVoice, enCes)).toContain(
      'mean 5,7 of 7',
    );
    // German words with German numbers: the catalogue's template, the provider's formats.
    expect(
      cesSummary(ces([7, 6, 4], { scale: 7 }), de, [], messagesDe.voice, messagesDe.ces),
    ).toContain('Mittelwert 5,7 von 7');
  });
});
