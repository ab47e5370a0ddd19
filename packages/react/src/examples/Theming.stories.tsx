import type { Meta, StoryObj } from '@storybook/react-vite';
import { SCORECARD_ADOPTION_FIRST } from '@vitals/metrics';
import { generateHealthAccounts, generateSampleData } from '@vitals/sample-data';
import { type CSSProperties, type ReactNode, useLayoutEffect, useRef } from 'react';
import { expect, waitFor } from 'storybook/test';
import { HealthTierList } from '../health-tier-list/HealthTierList';
import { VitalsProvider } from '../provider/VitalsProvider';
import { storyTheme } from '../test/story-globals';
import { NrrWaterfall } from '../waterfall/NrrWaterfall';

const sample = generateSampleData({ seed: 42, accounts: 240 });
const accounts = generateHealthAccounts({ seed: 42, accounts: 12, asOf: '2025-12-31' });

/** A host's violet, one shade per theme (each ≥ 4.5:1 as text on that theme's surface). */
const VIOLET = { light: '#7c3aed', dark: '#a78bfa' } as const;
const RGB = { '#7c3aed': 'rgb(124, 58, 237)', '#a78bfa': 'rgb(167, 139, 250)' } as const;

/** Whether the story's theme paints the dark set ('system' follows the browser's preference). */
function isDark(globals: Record<string, unknown>): boolean {
  const theme = storyTheme(globals);
  return (
    theme === 'dark' ||
    (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  );
}

const violet = (globals: Record<string, unknown>) => VIOLET[isDark(globals) ? 'dark' : 'light'];

/** The `fill` of the waterfall's first bar (starting MRR, toned neutral). */
function neutralBarFill(root: HTMLElement): string {
  const bar = root.querySelector<SVGElement>(
    ".vitals-waterfall-step[data-tone='neutral'] .vitals-waterfall-bar",
  );
  if (!bar) throw new Error('no neutral waterfall bar');
  return getComputedStyle(bar).fill;
}

function Waterfall({ title, className }: { title: string; className?: string }) {
  return (
    <NrrWaterfall
      snapshots={sample.snapshots}
      from="2024-12"
      to="2025-12"
      title={title}
      className={className}
    />
  );
}

/**
 * Sets `data-variant="bare"` on the chart root inside it, as `variant="bare"` does: the fixture
 * exercises the stylesheet on its own.
 */
function Bare({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector('.vitals-chart')?.setAttribute('data-variant', 'bare');
  });
  return <div ref={ref}>{children}</div>;
}

const meta = {
  title: 'Theming',
  // Each story writes page-level CSS (a `:root` rule): keep them off one shared docs page.
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A host themes Vitals with `--vitals-*` variables on `:root`, on any ancestor or on the component; its value always wins over the defaults. See docs/theming.md for the list.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The host's stylesheet sets `--vitals-neutral` on `:root` (and a lighter shade for the dark
 * theme, scoped as docs/theming.md shows): the bars turn violet although Vitals declares its own
 * default on the provider below `:root`.
 */
export const ThemedFromRoot: Story = {
  name: 'Themed from :root',
  render: () => (
    <>
      <style>{`
        :root { --vitals-neutral: ${VIOLET.light}; }
        .vitals-root[data-theme='dark'] { --vitals-neutral: ${VIOLET.dark}; }
        @media (prefers-color-scheme: dark) {
          .vitals-root[data-theme='system'] { --vitals-neutral: ${VIOLET.dark}; }
        }
      `}</style>
      <Waterfall title="Net revenue retention" />
    </>
  ),
  play: async ({ canvasElement, globals }) => {
    await expect(neutralBarFill(canvasElement)).toBe(RGB[violet(globals)]);
    // The toolbar's theme is still the one in force: the rest of the palette is its default.
    const dark = isDark(globals);
    await expect(getComputedStyle(canvasElement.querySelector('.vitals-chart')!).colorScheme).toBe(
      dark ? 'dark' : 'light',
    );
  },
};

/** The same variable set on an ancestor `div` of the chart, and on the chart itself. */
export const ThemedFromAncestorAndComponent: Story = {
  name: 'Themed from an ancestor and from the component',
  render: (_args, { globals }) => (
    <>
      <style>{`.theming-story-chart { --vitals-neutral: ${violet(globals)}; }`}</style>
      {/* The host's layout wraps a provider of its own: the ancestor is above .vitals-root. */}
      <div data-testid="ancestor" style={{ '--vitals-neutral': violet(globals) } as CSSProperties}>
        <VitalsProvider theme={isDark(globals) ? 'dark' : 'light'}>
          <Waterfall title="Themed from an ancestor" />
        </VitalsProvider>
      </div>
      <div data-testid="component" style={{ marginTop: 16 }}>
        <Waterfall title="Themed on the component" className="theming-story-chart" />
      </div>
      <div data-testid="default" style={{ marginTop: 16 }}>
        <Waterfall title="Default colours" />
      </div>
    </>
  ),
  play: async ({ canvasElement, globals }) => {
    const part = (id: string) => canvasElement.querySelector<HTMLElement>(`[data-testid='${id}']`)!;
    const expected = RGB[violet(globals)];
    await expect(neutralBarFill(part('ancestor'))).toBe(expected);
    await expect(neutralBarFill(part('component'))).toBe(expected);
    // Without a host value the default applies, so the two above really changed something.
    await expect(neutralBarFill(part('default'))).not.toBe(expected);
  },
};

/** Text takes the host's font; `--vitals-font-family` gives the components one of their own. */
export const HostFont: Story = {
  name: "The host's font",
  render: () => (
    <>
      <div data-testid="host-font" style={{ fontFamily: "Georgia, 'Times New Roman', serif" }}>
        <Waterfall title="In the host's serif" />
      </div>
      <div
        data-testid="own-font"
        style={
          {
            marginTop: 16,
            fontFamily: 'Georgia, serif',
            '--vitals-font-family': "'Courier New', monospace",
          } as CSSProperties
        }
      >
        <Waterfall title="With --vitals-font-family" />
      </div>
    </>
  ),
  play: async ({ canvasElement }) => {
    const fonts = (id: string) => {
      const part = canvasElement.querySelector<HTMLElement>(`[data-testid='${id}']`)!;
      return [
        part.querySelector('.vitals-chart')!,
        part.querySelector('.vitals-chart-title')!,
        part.querySelector('svg text')!,
      ].map((element) => getComputedStyle(element).fontFamily);
    };
    for (const font of fonts('host-font'))
      await expect(font).toBe('Georgia, "Times New Roman", serif');
    for (const font of fonts('own-font')) await expect(font).toBe('"Courier New", monospace');
  },
};

/**
 * `color-scheme` follows each provider's theme, so the tier list's native search box, checkboxes
 * and select are drawn for a light or a dark card.
 */
export const ColorScheme: Story = {
  name: 'color-scheme follows the theme',
  render: () => (
    <div>
      {(['light', 'dark', 'system'] as const).map((theme) => (
        <VitalsProvider key={theme} theme={theme}>
          <div data-testid={theme} style={{ marginBottom: 16 }}>
            <HealthTierList
              accounts={accounts}
              scorecard={SCORECARD_ADOPTION_FIRST}
              title={`Theme ${theme}`}
              height={160}
            />
          </div>
        </VitalsProvider>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const expected = { light: 'light', dark: 'dark', system: 'light dark' };
    for (const [theme, scheme] of Object.entries(expected)) {
      const part = canvasElement.querySelector<HTMLElement>(`[data-testid='${theme}']`)!;
      await waitFor(() => expect(part.querySelector('select')).not.toBeNull());
      await expect(getComputedStyle(part.querySelector('.vitals-chart')!).colorScheme).toBe(scheme);
      await expect(getComputedStyle(part.querySelector('select')!).colorScheme).toBe(scheme);
    }
  },
};

/** `variant="bare"` inside a host's own card: no frame, padding or background of its own. */
export const BareInHostCard: Story = {
  name: 'Bare, inside a host card',
  render: () => (
    <div
      data-testid="host-card"
      style={{
        padding: 24,
        borderRadius: 16,
        border: '2px solid var(--vitals-border, var(--_vitals-border))',
        background: 'var(--vitals-surface, var(--_vitals-surface))',
      }}
    >
      <Bare>
        <Waterfall title="Net revenue retention" />
      </Bare>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector<HTMLElement>('.vitals-chart')!;
    await waitFor(() => expect(chart).toHaveAttribute('data-variant', 'bare'));
    const style = getComputedStyle(chart);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      await expect(style[`padding${side}`]).toBe('0px');
      await expect(style[`border${side}Width`]).toBe('0px');
    }
    await expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    await expect(style.backgroundImage).toBe('none');
    // The card variant, for contrast: the same stylesheet does draw a frame there.
    chart.removeAttribute('data-variant');
    await expect(getComputedStyle(chart).paddingTop).toBe('16px');
    await expect(getComputedStyle(chart).borderTopWidth).toBe('1px');
    chart.setAttribute('data-variant', 'bare');
  },
};
