import type { Decorator, Preview } from '@storybook/react-vite';
import { VitalsProvider, type VitalsTheme } from '@vitals/react';
import '@vitals/react/styles.css';
import './preview.css';
import { GLOBAL_TYPES, LOCALES, STORY_RUNS } from './globals.ts';

/** Wraps every story in a provider driven by the toolbar (or by a story's own `globals`). */
const withVitals: Decorator = (Story, context) => {
  const theme = (context.globals.theme ?? 'light') as VitalsTheme;
  const { locale, currency } = LOCALES[String(context.globals.locale)] ?? LOCALES['en-US']!;
  return (
    <VitalsProvider
      theme={theme}
      locale={locale}
      currency={currency}
      className="vitals-story-canvas"
    >
      <Story />
    </VitalsProvider>
  );
};

const preview: Preview = {
  decorators: [withVitals],
  globalTypes: GLOBAL_TYPES,
  // The first item of every toolbar. The story tests also run every story under the other values
  // (STORY_RUNS in globals.ts), so play functions read `globals`, never these.
  initialGlobals: STORY_RUNS[0] ?? {},
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is checked by axe in Chromium; a violation fails the story test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
