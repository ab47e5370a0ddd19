// @vitest-environment node
import { VitalsProvider } from '@vitals/react';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Accounts } from '../src/pages/Accounts';
import { Overview } from '../src/pages/Overview';
import { Voice } from '../src/pages/Voice';

describe('every page renders on the server from the built packages', () => {
  it.each<[string, ComponentType, RegExp]>([
    ['Overview', Overview, /\d\.\d{3}\s€/],
    ['Accounts', Accounts, /\d\.\d{3}\s€/],
    ['Voice', Voice, /\d,\d\s%/],
  ])('%s, formatted for de-DE', (_name, Page, germanNumber) => {
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <VitalsProvider locale="de-DE" currency="EUR">
        <Page />
      </VitalsProvider>,
    );
    expect(html).toContain('data-state="ready"');
    expect(html).not.toContain('data-state="error"');
    expect(html).toMatch(germanNumber);
  });
});
