import { HealthDistribution, HealthTierList } from '@vitals/react';
import { accounts, history, scorecard } from '../data';

/** Who to call first: the tier distribution and the at-risk work queue. */
export function Accounts() {
  return (
    <>
      <h2>Accounts</h2>
      <HealthDistribution accounts={accounts} scorecard={scorecard} />
      <HealthTierList
        accounts={accounts}
        scorecard={scorecard}
        history={history}
        asOf="2025-12-31"
      />
    </>
  );
}
