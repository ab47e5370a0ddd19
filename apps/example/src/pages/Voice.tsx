import { CesBreakdown, CsatBreakdown, NpsBreakdown } from '@vitals/react';
import { cesResponses, csatResponses, npsResponses } from '../data';

/** What customers say: NPS, CSAT and effort. */
export function Voice() {
  return (
    <>
      <h2>Voice of the customer</h2>
      <NpsBreakdown responses={npsResponses} />
      <div className="app-grid">
        <CsatBreakdown responses={csatResponses} />
        <CesBreakdown responses={cesResponses} />
      </div>
    </>
  );
}
