import '@vitals/react/styles.css';
import { hydrateRoot } from 'react-dom/client';
import '../host.css';
import { Dashboard, type DashboardProps } from '../Dashboard';

// The server rendered the page for these props and wrote them into the page.
const props = JSON.parse(
  document.getElementById('host-props')?.textContent ?? '{}',
) as DashboardProps;
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
hydrateRoot(root, <Dashboard {...props} />, {
  onRecoverableError(error) {
    console.error('Hydration error:', error);
  },
});
