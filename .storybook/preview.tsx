import type { Decorator, Preview } from '@storybook/react-vite';
import { VitalsProvider, type VitalsTheme } from '@vitals/react';
import '@vitals/react/styles.css';
import './preview.css';

/** Locale and currency pairs offered in the toolbar. */
const LOCALES: Record<string, { locale: string; currency: string }> = {
  'en-US': { locale: 'en-US', currency: 'USD' },
  'de-DE': { locale: 'de-DE', currency: 'EUR' },
  'ja-JP': { locale: 'ja-JP', currency: 'JPY' },
};

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
  globalTypes: {
    theme: {
      description: 'Vitals colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale and currency of every number',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (US), USD' },
          { value: 'de-DE', title: 'Deutsch, EUR' },
          { value: 'ja-JP', title: '日本語, JPY' },
        ],
        dynamicTitle: true,
      },
    },
    dataset: {
      description: 'Size of the built-in sample data (stories that use the toolbar data)',
      toolbar: {
        title: 'Data',
        icon: 'database',
        items: [
          { value: 'small', title: 'Small: 120 accounts' },
          { value: 'medium', title: 'Medium: 1,000 accounts' },
          { value: 'large', title: 'Large: 10,000 accounts' },
        ],
        dynamicTitle: true,
      },
    },
    seed: {
      description: 'Seed of the built-in sample data: the same seed always gives the same data',
      toolbar: {
        title: 'Seed',
        icon: 'transfer',
        items: [
          { value: '42', title: 'Seed 42' },
          { value: '7', title: 'Seed 7' },
          { value: '2025', title: 'Seed 2025' },
        ],
        dynamicTitle: true,
      },
    },
  },
  // The story tests run the whole Storybook once per theme (see vitest.project.ts).
  initialGlobals: {
    theme: import.meta.env.VITE_VITALS_STORY_THEME ?? 'light',
    locale: 'en-US',
    dataset: 'small',
    seed: '42',
  },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true },
    // Every story is checked by axe in Chromium; a violation fails the story test.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
