import { VitalsProvider } from '@vitals/react';
import { useState } from 'react';
import { Account } from './pages/Account';
import { Accounts } from './pages/Accounts';
import { Overview } from './pages/Overview';
import { Voice } from './pages/Voice';
import { PAGES, useAccountId, usePage } from './router';

type Theme = 'light' | 'dark';

const LOCALES = {
  'en-US': { label: 'English (US), USD', currency: 'USD' },
  'de-DE': { label: 'Deutsch, EUR', currency: 'EUR' },
  'ja-JP': { label: '日本語, JPY', currency: 'JPY' },
} as const;
type Locale = keyof typeof LOCALES;

const CONTENT = { overview: Overview, accounts: Accounts, voice: Voice };

/**
 * A vendor's admin panel, in miniature. Everything Vitals is imported from the packages' public
 * entries, exactly as a vendor installs them.
 */
export function App() {
  const page = usePage();
  const accountId = useAccountId();
  const [theme, setTheme] = useState<Theme>('light');
  const [locale, setLocale] = useState<Locale>('en-US');
  const Page = CONTENT[page];

  return (
    <VitalsProvider
      theme={theme}
      locale={locale}
      currency={LOCALES[locale].currency}
      className="app-shell"
    >
      <header className="app-header">
        <h1>Acme Admin</h1>
        <nav aria-label="Main">
          <ul>
            {PAGES.map((item) => (
              <li key={item.id}>
                <a href={`#/${item.id}`} aria-current={item.id === page ? 'page' : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="app-controls">
          <label>
            Language and currency{' '}
            <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
              {Object.entries(LOCALES).map(([id, { label }]) => (
                <option key={id} value={id}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            aria-pressed={theme === 'dark'}
            onClick={() => setTheme(theme === 'light' ? 'dark' : 'light')}
          >
            Dark theme
          </button>
        </div>
      </header>
      <main className="app-main">{accountId ? <Account accountId={accountId} /> : <Page />}</main>
    </VitalsProvider>
  );
}
