import { type ComponentType, type ReactNode, type Ref, forwardRef } from 'react';
import type { ChartSelection } from './types';
import { type ChartShellBase, ChartShell } from './ChartShell';
import type { SkeletonShape } from './ChartSkeleton';
import { VitalsErrorBoundary } from './ErrorBoundary';
import type { ChartProps } from './types';
import type { ChartTitleMessages, VitalsMessages } from '../../messages/types';
import { useVitals } from '../../provider/context';
import type { ComponentNoun } from './words';

/** The message groups with a chart's `title` and `loading` words. */
export type ChartMessageGroup = {
  [K in keyof VitalsMessages]: VitalsMessages[K] extends ChartTitleMessages ? K : never;
}[keyof VitalsMessages];

/** How a chart plugs into the shell: its name, defaults and the component that draws it. */
export interface ChartDefinition<TProps extends ChartProps> {
  /** The component's name: its `displayName` and `ChartSelection.component`. */
  name: string;
  /** Stable base class of the root, e.g. `vitals-waterfall`. */
  baseClass: string;
  /**
   * The chart's group in the provider's `messages` and its English words: the group's `title` is
   * the default `title`, its `loading` the loading state's announcement.
   */
  messages: { group: ChartMessageGroup; english: ChartTitleMessages };
  /** The default `height`. */
  height: number;
  /** The whole plot's height for a `height` (several panels, axes). @default the height */
  plotHeight?: ((props: TProps, height: number) => number) | undefined;
  /** Height the ready chart adds between header and plot (legend, note), kept by every state. @default 0 */
  reserve?: ((props: TProps) => number) | undefined;
  /** The loading placeholder's shape. */
  skeleton: SkeletonShape;
  /** What the error words call it. @default 'chart' */
  noun?: ComponentNoun | undefined;
  /** Draws the chart's empty, error or ready state with `<ChartShell shell={shell} status={…} />`. */
  Content: ComponentType<ChartContentProps<TProps>>;
}

/** What a chart's `Content` receives: its own props and the shell's resolved frame. */
export type ChartContentProps<TProps extends ChartProps> = TProps & {
  shell: ChartShellBase;
  /** `onSelect` ready to call with a selection (the component's name filled in). */
  select: ((selection: Omit<ChartSelection, 'component'>) => void) | undefined;
};

/** The props that go to the root element untouched: `id`, `style`, `data-*` and `aria-*`. */
export function rootPropsOf(props: object): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key === 'id' || key === 'style' || key.startsWith('data-') || key.startsWith('aria-')) {
      root[key] = value;
    }
  }
  return root;
}

/**
 * Turns a chart's `Content` into a public component with everything every chart shares: the
 * common props (`ChartProps`) resolved to their defaults, an error boundary that keeps any error
 * inside the chart, the loading state (the content is not rendered while loading), the
 * pass-through props and `ref` on the root (through `forwardRef`, so React 18 and 19 both pass
 * it), and `onSelect` with the component's name filled in.
 *
 * Declare the result with its props type written out, so the docs find the props:
 * `export const NrrWaterfall: (props: NrrWaterfallProps) => ReactNode = defineChart({ … })`.
 */
export function defineChart<TProps extends ChartProps>(
  definition: ChartDefinition<TProps>,
): (props: TProps) => ReactNode {
  const { Content } = definition;
  const Chart = forwardRef<HTMLElement, TProps>(function Chart(ownProps, ref: Ref<HTMLElement>) {
    const props = ownProps as TProps;
    const height = props.height ?? definition.height;
    const { group, english } = definition.messages;
    const words: ChartTitleMessages = useVitals().messages?.[group] ?? english;
    const shell: ChartShellBase = {
      name: definition.name,
      baseClass: definition.baseClass,
      noun: definition.noun ?? 'chart',
      skeleton: definition.skeleton,
      loadingLabel: words.loading,
      title: props.title ?? words.title,
      defaultTitle: words.title,
      className: props.className,
      variant: props.variant === 'bare' ? 'bare' : 'card',
      height,
      plotHeight: definition.plotHeight?.(props, height) ?? height,
      reserve: definition.reserve?.(props) ?? 0,
      defaultShowTable: props.defaultShowTable ?? false,
      rootProps: { ...rootPropsOf(props), ref },
    };
    const { onSelect } = props;
    const select = onSelect
      ? (selection: Omit<ChartSelection, 'component'>) =>
          onSelect({ component: definition.name, ...selection })
      : undefined;
    return (
      <VitalsErrorBoundary
        noun={shell.noun}
        fallback={(error) => <ChartShell shell={shell} status={{ state: 'error', error }} />}
      >
        {props.loading ? (
          <ChartShell shell={shell} status={{ state: 'loading' }} />
        ) : (
          <Content {...props} shell={shell} select={select} />
        )}
      </VitalsErrorBoundary>
    );
  });
  Chart.displayName = definition.name;
  return Chart as unknown as (props: TProps) => ReactNode;
}
