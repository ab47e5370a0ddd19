import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateSampleData } from '@vitals/sample-data';
import { useEffect } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { MetricCard } from '../metric-card/MetricCard';
import { MrrMovementsChart } from '../movements/MrrMovementsChart';
import { RetentionTrend } from '../retention-trend/RetentionTrend';
import { NrrWaterfall } from '../waterfall/NrrWaterfall';
import './host.css';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const window = { snapshots: sample.snapshots, from: '2024-12', to: '2025-12' } as const;

/**
 * Resizes the test browser's viewport when the story runs under vitest (Storybook's test
 * projects); in the Storybook UI it leaves the viewport alone. Returns a function restoring it.
 */
async function setViewport(width: number): Promise<() => Promise<void>> {
  if (!('__vitest_browser__' in globalThis)) return async () => {};
  const { page } = await import('vitest/browser');
  const before = { width: globalThis.innerWidth, height: globalThis.innerHeight };
  await page.viewport(width, 900);
  await waitFor(() => expect(globalThis.innerWidth).toBe(width));
  return () => page.viewport(before.width, before.height);
}

/** The page is no wider than the viewport: no chart holds its grid column open. */
async function expectNoHorizontalOverflow() {
  await waitFor(() =>
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(globalThis.innerWidth),
  );
}

function HostPage() {
  return (
    <div className="host-layout">
      <nav className="host-sidebar" aria-label="Host navigation">
        <p>Accounts</p>
        <p>Renewals</p>
      </nav>
      {/* A grid item with the default `min-width: auto`, as hosts write it. */}
      <main className="host-main">
        <MrrMovementsChart {...window} />
        <RetentionTrend {...window} />
        <NrrWaterfall {...window} />
      </main>
    </div>
  );
}

const meta = {
  title: 'Examples/Hosts',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Vitals inside a vendor’s page (SPEC §9, the host contract): in a sidebar + main grid, themed from `:root`, bare inside the host’s own card, used by keyboard, and keeping bad data inside the component.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Three charts in the main column of a sidebar + main grid, in a 900 px wide viewport. */
export const SidebarGridAt900: Story = {
  render: () => <HostPage />,
  play: async () => {
    const restore = await setViewport(900);
    try {
      await expectNoHorizontalOverflow();
    } finally {
      await restore();
    }
  },
};

/** The same page in a 320 px viewport (the grid stacks): the charts shrink with it. */
export const SidebarGridAt320: Story = {
  render: () => <HostPage />,
  play: async ({ canvasElement }) => {
    const restore = await setViewport(320);
    try {
      await expectNoHorizontalOverflow();
      for (const svg of canvasElement.querySelectorAll<SVGElement>('.vitals-chart-body > svg')) {
        await expect(svg.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      }
    } finally {
      await restore();
    }
  },
};

const HOST_THEME: Record<string, string> = {
  '--vitals-neutral': '#7c3aed',
  '--vitals-positive': '#067647',
  '--vitals-negative': '#b42318',
};

/** The host sets `--vitals-*` on `html` (`:root`), as its own design tokens. */
export const ThemedFromRoot: Story = {
  decorators: [
    (Story) => {
      useEffect(() => {
        const html = document.documentElement;
        for (const [name, value] of Object.entries(HOST_THEME)) html.style.setProperty(name, value);
        return () => {
          for (const name of Object.keys(HOST_THEME)) html.style.removeProperty(name);
        };
      }, []);
      return <Story />;
    },
  ],
  render: () => <NrrWaterfall {...window} />,
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector('.vitals-waterfall')!;
    await expect(
      getComputedStyle(document.documentElement).getPropertyValue('--vitals-neutral'),
    ).toBe('#7c3aed');
    await expect(root).toHaveAttribute('data-variant', 'card');
  },
};

/** `variant="bare"` inside the host's own card: the host draws the frame and the heading. */
export const BareInHostCard: Story = {
  render: () => (
    <section className="host-card" aria-labelledby="host-card-title">
      <h2 id="host-card-title">Revenue this year</h2>
      <MrrMovementsChart {...window} variant="bare" title="MRR movements" />
    </section>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.vitals-movements')).toHaveAttribute(
      'data-variant',
      'bare',
    );
  },
};

const onSelect = fn();

/** The keyboard path: Tab reaches the table toggle, then the marks (one stop); arrows and Enter. */
export const KeyboardPath: Story = {
  render: () => <MrrMovementsChart {...window} onSelect={onSelect} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const marks = canvas.getAllByRole('img');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: /data table/ })).toHaveFocus();
    await userEvent.tab();
    await expect(marks[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(marks[1]).toHaveFocus();
    await expect(canvas.getByRole('tooltip')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(onSelect).toHaveBeenLastCalledWith({
      component: 'MrrMovementsChart',
      period: marks[1]!.getAttribute('data-period'),
    });
    // Only one mark is a tab stop; the next Tab leaves the chart.
    await expect(marks.filter((mark) => mark.tabIndex === 0)).toHaveLength(1);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('tooltip')).toBeNull();
    (document.activeElement as HTMLElement | null)?.blur();
  },
};

/** A host passes `data` of the wrong shape: the chart shows its error, the page stays up. */
export const BadDataKeptInside: Story = {
  render: () => (
    <div className="host-main">
      <MrrMovementsChart data={'abc' as unknown as []} />
      <MetricCard label="Net revenue retention" value={1.04} history={'abc' as unknown as []} />
      <p>The rest of the host page.</p>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('The rest of the host page.')).toBeVisible();
    const [chartAlert] = canvas.getAllByRole('alert');
    await expect(chartAlert).toHaveTextContent("This chart couldn't be shown.");
    await expect(within(chartAlert!).getByText('Technical details')).toBeVisible();
  },
};
