import type { Meta, StoryObj } from '@storybook/react-vite';
import { generateSampleData } from '@vitals/sample-data';
import { useEffect } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { ChartSelection } from '../internal/chart';
import { MetricCard } from '../metric-card/MetricCard';
import { MrrMovementsChart } from '../movements/MrrMovementsChart';
import { RetentionTrend } from '../retention-trend/RetentionTrend';
import { NrrWaterfall } from '../waterfall/NrrWaterfall';
import { storyMessages, storyTheme } from '../test/story-globals';
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

// The host's violet, one value per theme: `--vitals-neutral` also colours text (the table
// toggle), and no single colour keeps 4.5:1 on both the light and the dark surface.
const HOST_NEUTRAL: Record<string, { css: string; rgb: string }> = {
  light: { css: '#6d28d9', rgb: 'rgb(109, 40, 217)' },
  dark: { css: '#c4b5fd', rgb: 'rgb(196, 181, 253)' },
};
const hostNeutral = (theme: string) => HOST_NEUTRAL[theme] ?? HOST_NEUTRAL.light!;

/** The host sets `--vitals-*` on `html` (`:root`), as its own design tokens. */
export const ThemedFromRoot: Story = {
  decorators: [
    (Story, { globals }) => {
      const { css } = hostNeutral(storyTheme(globals));
      useEffect(() => {
        const html = document.documentElement;
        html.style.setProperty('--vitals-neutral', css);
        return () => {
          html.style.removeProperty('--vitals-neutral');
        };
      }, [css]);
      return <Story />;
    },
  ],
  render: () => <NrrWaterfall {...window} />,
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.querySelector('.vitals-waterfall')!;
    await expect(root).toHaveAttribute('data-variant', 'card');
    // The host's value reaches the bars: the library's defaults never shadow it.
    const bar = root.querySelector('[data-step="starting"] .vitals-waterfall-bar')!;
    const { rgb } = hostNeutral(storyTheme(globals));
    await waitFor(() => expect(getComputedStyle(bar).fill).toBe(rgb));
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
    const chart = canvasElement.querySelector('.vitals-movements')!;
    await expect(chart).toHaveAttribute('data-variant', 'bare');
    // Bare draws no frame, padding or background of its own: the host card's show through.
    const style = getComputedStyle(chart);
    await expect(style.paddingTop).toBe('0px');
    await expect(style.borderTopWidth).toBe('0px');
    await expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
  },
};

const onSelect = fn();

/**
 * The keyboard path: Tab reaches the table toggle, then the marks (one stop: each movement of each
 * period is a mark); Right moves to the next period, Enter selects, Escape closes the tooltip.
 */
export const KeyboardPath: Story = {
  render: () => <MrrMovementsChart {...window} onSelect={onSelect} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const marks = canvas.getAllByRole('img');
    const periodOf = (mark: Element) =>
      mark.closest('[data-period]')?.getAttribute('data-period') ?? null;
    await userEvent.tab();
    await expect(
      canvas.getByRole('button', { name: storyMessages(globals).common.showTable }),
    ).toHaveFocus();
    await userEvent.tab();
    await expect(marks[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    const next = document.activeElement as HTMLElement;
    await expect(marks).toContain(next);
    await expect(periodOf(next)).not.toBe(periodOf(marks[0]!));
    await expect(canvas.getByRole('tooltip')).toBeVisible();
    await userEvent.keyboard('{Enter}');
    const [selection] = onSelect.mock.lastCall as [ChartSelection];
    await expect(selection).toMatchObject({
      component: 'MrrMovementsChart',
      period: periodOf(next),
    });
    // With the accounts behind that movement of that period (drill-through).
    await expect(selection.accounts!.length).toBeGreaterThan(0);
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
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const { common } = storyMessages(globals);
    await expect(canvas.getByText('The rest of the host page.')).toBeVisible();
    const [chartAlert, cardAlert] = canvas.getAllByRole('alert');
    await expect(chartAlert).toHaveTextContent(common.couldNotShow.chart);
    await expect(within(chartAlert!).getByText(common.errorDetail)).toBeVisible();
    // The card names its bad history in its own error state, never as a chart.
    await expect(cardAlert).toBeVisible();
    await expect(cardAlert).not.toHaveTextContent(common.couldNotShow.chart);
  },
};
