import { describe, expect, it, vi } from 'vitest';
import { MetricsInputError } from './errors';

const issue = { index: 0, field: 'mrr', message: 'must be a finite number' };

/** A second, separately evaluated copy of the module, as a CJS build or a second install gives. */
async function secondCopy(): Promise<typeof MetricsInputError> {
  vi.resetModules();
  const copy = await import('./errors');
  return copy.MetricsInputError;
}

describe('MetricsInputError', () => {
  it('lists the issues in its message and keeps them', () => {
    const error = new MetricsInputError('mrrMovements', [issue]);
    expect(error.name).toBe('MetricsInputError');
    expect(error.message).toBe(
      "mrrMovements: 1 invalid row. row 0 field 'mrr': must be a finite number.",
    );
    expect(error.issues).toEqual([issue]);
    expect(error).toBeInstanceOf(Error);
  });

  it('is recognised by instanceof across copies of the class', async () => {
    const Other = await secondCopy();
    expect(Other).not.toBe(MetricsInputError);
    expect(new Other('nps', [issue]) instanceof MetricsInputError).toBe(true);
    expect(new MetricsInputError('nps', [issue]) instanceof Other).toBe(true);
  });

  it('rejects everything that is not one', () => {
    for (const value of [
      new Error('x'),
      new TypeError('x'),
      { issues: [] },
      null,
      undefined,
      'MetricsInputError',
      42,
    ])
      expect(value instanceof MetricsInputError).toBe(false);
    const lookalike = Object.assign(new Error('x'), { name: 'MetricsInputError', issues: [] });
    expect(lookalike instanceof MetricsInputError).toBe(false);
  });

  it('does not show its brand as an own or enumerable property', () => {
    const error = new MetricsInputError('nps', [issue]);
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(Object.keys(error).sort()).toEqual(['issues', 'name']);
  });

  it('keeps ordinary instanceof for subclasses', async () => {
    class TooManyRows extends MetricsInputError {}
    const Other = await secondCopy();
    class OtherSubclass extends Other {}
    expect(new TooManyRows('nps', [issue]) instanceof TooManyRows).toBe(true);
    expect(new TooManyRows('nps', [issue]) instanceof MetricsInputError).toBe(true);
    expect(new MetricsInputError('nps', [issue]) instanceof TooManyRows).toBe(false);
    expect(new OtherSubclass('nps', [issue]) instanceof TooManyRows).toBe(false);
    expect(new OtherSubclass('nps', [issue]) instanceof MetricsInputError).toBe(true);
  });
});
