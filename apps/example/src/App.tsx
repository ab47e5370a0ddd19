import { mrrMovements } from '@vitals/metrics';
import { NrrWaterfall, VitalsProvider } from '@vitals/react';
import { generateSampleData } from '@vitals/sample-data';
import { useMemo, useState } from 'react';

type Theme = 'light' | 'dark';

/**
 * A vendor's admin panel, in miniature: the vendor has its customers' MRR rows and embeds Vitals
 * to show retention. Everything is imported from the packages' public entries.
 */
export function App() {
  const [theme, setTheme] = useState<Theme>('light');
  const { snapshots } = useMemo(() => generateSampleData({ seed: 42, accounts: 300 }), []);
  const lastMonth = useMemo(() => mrrMovements(snapshots, { period: '2025-12' }), [snapshots]);

  return (
    <VitalsProvider theme={theme} locale="en-US" currency="USD" className="app-shell">
      <header className="app-header">
        <h1>Acme Admin</h1>
        <button type="button" onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}>
          {theme === 'light' ? 'Dark theme' : 'Light theme'}
        </button>
      </header>
      <main className="app-main">
        <h2>Customer health</h2>
        <div className="app-grid">
          <NrrWaterfall
            snapshots={snapshots}
            from="2024-12"
            to="2025-12"
            title="Net revenue retention, last 12 months"
          />
          <NrrWaterfall
            data={lastMonth}
            showNewAndReactivation
            title="December 2025, with new business"
          />
        </div>
      </main>
    </VitalsProvider>
  );
}
