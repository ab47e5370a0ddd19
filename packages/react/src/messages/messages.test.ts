import { describe, expect, it } from 'vitest';
import { mergeMessages, messagesForLocale } from './catalogues';
import { messagesDe } from './de';
import { messagesEn } from './en';
import { messagesEs } from './es';
import { messagesFr } from './fr';
import { messagesJa } from './ja';
import { fill, plural, type PluralMessage } from './template';
import type { VitalsMessages } from './types';

const CATALOGUES: Record<string, VitalsMessages> = {
  de: messagesDe,
  fr: messagesFr,
  es: messagesEs,
  ja: messagesJa,
};

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

const isPlural = (value: object): value is PluralMessage =>
  'other' in value && Object.keys(value).every((key) => PLURAL_FORMS.has(key));

/** Every leaf of a catalogue as `[path, strings]`: one string, or every form of a plural. */
function leaves(node: object, path = ''): Array<[string, string[]]> {
  if (isPlural(node)) {
    return [[path, Object.values(node).filter((form): form is string => form !== undefined)]];
  }
  return Object.entries(node).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    return typeof value === 'string' ? [[at, [value]]] : leaves(value as object, at);
  });
}

const englishNode = (path: string) =>
  path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], messagesEn) as object;

const placeholders = (forms: readonly string[]) =>
  [...new Set(forms.flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

describe('the shipped catalogues', () => {
  const english = new Map(leaves(messagesEn));

  it('English has words for every key, none empty', () => {
    expect(english.size).toBeGreaterThan(50);
    for (const [path, forms] of english) {
      for (const form of forms) expect(form.trim(), path).not.toBe('');
    }
  });

  for (const [language, catalogue] of Object.entries(CATALOGUES)) {
    it(`${language} has exactly the English keys, each with the same placeholders`, () => {
      const translated = new Map(leaves(catalogue));
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, forms] of translated) {
        for (const form of forms) expect(form.trim(), `${language} ${path}`).not.toBe('');
        expect(placeholders(forms), `${language} ${path}`).toEqual(
          placeholders(english.get(path)!),
        );
      }
    });

    it(`${language} has a form for every plural category its language uses`, () => {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [path, forms] of leaves(catalogue)) {
        const node = path
          .split('.')
          .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], catalogue);
        if (typeof node === 'string' || forms.length === 0) continue;
        // A message English words only in `other` is said of two or more (a range of periods).
        const isOneExcluded = !('one' in englishNode(path));
        for (const category of categories) {
          if (category === 'other' || (category === 'one' && isOneExcluded)) continue;
          expect(node, `${language} ${path} ${category}`).toHaveProperty(category);
        }
      }
    });
  }
});

describe('messagesForLocale', () => {
  it('matches the language subtag, in any case, and falls back to English', () => {
    expect(messagesForLocale('de-DE')).toBe(messagesDe);
    expect(messagesForLocale('de-AT')).toBe(messagesDe);
    expect(messagesForLocale('fr-CA')).toBe(messagesFr);
    expect(messagesForLocale('es-419')).toBe(messagesEs);
    expect(messagesForLocale('JA-jp')).toBe(messagesJa);
    expect(messagesForLocale('en-IN')).toBe(messagesEn);
    expect(messagesForLocale('pt-BR')).toBe(messagesEn);
    expect(messagesForLocale('ar-EG')).toBe(messagesEn);
  });
});

describe('mergeMessages', () => {
  it('replaces only the keys given, at any depth, and leaves the catalogue untouched', () => {
    const merged = mergeMessages(messagesDe, {
      common: { showTable: 'Zahlen zeigen', skippedRows: { one: 'Eine Zeile fehlt.' } },
      waterfall: { steps: { churn: 'Kündigungen' } },
    });
    expect(merged.common.showTable).toBe('Zahlen zeigen');
    expect(merged.common.hideTable).toBe(messagesDe.common.hideTable);
    expect(merged.common.skippedRows.one).toBe('Eine Zeile fehlt.');
    expect(merged.common.skippedRows.other).toBe(messagesDe.common.skippedRows.other);
    expect(merged.waterfall.steps.churn).toBe('Kündigungen');
    expect(merged.waterfall.steps.expansion).toBe('Expansion');
    expect(messagesDe.common.showTable).toBe('Datentabelle anzeigen');
  });

  it('returns the catalogue itself without overrides', () => {
    expect(mergeMessages(messagesFr, undefined)).toBe(messagesFr);
  });
});

describe('fill', () => {
  it('fills every placeholder and leaves an unknown one as written', () => {
    expect(fill('{a} and {b}, {a}', { a: 1, b: 'x' })).toBe('1 and x, 1');
    expect(fill('{missing}!', {})).toBe('{missing}!');
  });
});

describe('plural forms for 0, 1, 2 and 5', () => {
  const skipped = (catalogue: VitalsMessages, locale: string) =>
    [0, 1, 2, 5].map((count) => plural(catalogue.common.skippedRows, locale, count));

  it('English: singular only for 1', () => {
    expect(skipped(messagesEn, 'en-US')).toEqual([
      '0 invalid rows were skipped.',
      '1 invalid row was skipped.',
      '2 invalid rows were skipped.',
      '5 invalid rows were skipped.',
    ]);
  });

  it('German: singular only for 1', () => {
    expect(skipped(messagesDe, 'de-DE')).toEqual([
      '0 ungültige Zeilen wurden übersprungen.',
      '1 ungültige Zeile wurde übersprungen.',
      '2 ungültige Zeilen wurden übersprungen.',
      '5 ungültige Zeilen wurden übersprungen.',
    ]);
  });

  it('French: singular for 0 and 1, and "de" before a million', () => {
    expect(skipped(messagesFr, 'fr-FR')).toEqual([
      '0 ligne invalide a été ignorée.',
      '1 ligne invalide a été ignorée.',
      '2 lignes invalides ont été ignorées.',
      '5 lignes invalides ont été ignorées.',
    ]);
    expect(plural(messagesFr.common.skippedRows, 'fr-FR', 1_000_000, { count: '1 000 000' })).toBe(
      '1 000 000 de lignes invalides ont été ignorées.',
    );
  });

  it('Spanish: singular only for 1', () => {
    expect(skipped(messagesEs, 'es-ES')).toEqual([
      'Se omitieron 0 filas no válidas.',
      'Se omitió 1 fila no válida.',
      'Se omitieron 2 filas no válidas.',
      'Se omitieron 5 filas no válidas.',
    ]);
  });

  it('Japanese: one form for every count', () => {
    expect(skipped(messagesJa, 'ja-JP')).toEqual([
      '無効な0行をスキップしました。',
      '無効な1行をスキップしました。',
      '無効な2行をスキップしました。',
      '無効な5行をスキップしました。',
    ]);
  });
});
