import '@vitals/react/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../host.css';
import { Dashboard } from '../Dashboard';

// The page's locale and theme come from the address, e.g. `/?locale=de-DE&theme=dark`.
const query = new URLSearchParams(window.location.search);
const locale = query.get('locale') ?? 'en-US';
const theme = query.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.lang = locale;

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <Dashboard locale={locale} theme={theme} />
  </StrictMode>,
);
