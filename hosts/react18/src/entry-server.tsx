import { renderToString } from 'react-dom/server';
import { Dashboard, type DashboardProps } from '../Dashboard';

/** The dashboard's HTML for one locale and theme, as React 18's server renderer writes it. */
export function render(props: DashboardProps): string {
  return renderToString(<Dashboard {...props} />);
}
