import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubTierListLayout } from '../test/tier-list-size';
import { HealthTierList } from './HealthTierList';
import { ACCOUNTS, AS_OF, CARD, HISTORY } from './fixtures.test-data';

const bodyRows = () =>
  within(screen.getByRole('table', { name: /At-risk accounts/ }))
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-key'));

const names = () => bodyRows().map((row) => row.querySelector('.vitals-tier-list-name')?.textContent);

describe('HealthTierList', () => {
  stubTierListLayout();

  it('renders', () => {
    render(<HealthTierList accounts={ACCOUNTS} scorecard={CARD} asOf={AS_OF} history={HISTORY} />);
    screen.debug(undefined, 20000);
    expect(names()).toEqual(['Umbrella', 'Acme', 'Globex', '<img src=x onerror="alert(1)">Hooli', 'Initech']);
  });
});
