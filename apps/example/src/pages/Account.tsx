import { revenue } from '../data';

const names = new Map(revenue.accounts.map((account) => [account.id, account]));

/** One account's page: what a vendor's own account page shows, reached from drill-through links. */
export function Account({ accountId }: { accountId: string }) {
  const account = names.get(accountId);
  const rows = revenue.snapshots.filter((row) => row.accountId === accountId);
  const last = rows.at(-1);
  return (
    <>
      <h2>{account?.name ?? accountId}</h2>
      {account ? (
        <dl className="app-account">
          <dt>Account id</dt>
          <dd>{account.id}</dd>
          <dt>Segment</dt>
          <dd>{account.segment}</dd>
          <dt>Owner</dt>
          <dd>{account.owner}</dd>
          <dt>Latest MRR row</dt>
          <dd>{last ? `${last.period}: ${last.mrr} ${last.currency}` : 'none'}</dd>
        </dl>
      ) : (
        <p>No account with id {accountId}.</p>
      )}
      <p>
        <a href="#/overview">Back to the overview</a>
      </p>
    </>
  );
}
