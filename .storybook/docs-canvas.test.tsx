/**
 * The story canvas (preview.tsx's decorator with preview.css) in Chromium, in the two places
 * Storybook renders a story: inline on a docs page (#storybook-docs), where a small story's canvas
 * must be as tall as the story and not a whole screen (issue 19), and opened on its own
 * (#storybook-root), where the canvas still fills the screen so dark stories sit on a dark page.
 */
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { afterEach, expect, it } from 'vitest';
import * as metricCardStories from '../packages/react/src/metric-card/MetricCard.stories.tsx';
import preview from './preview.tsx';

setProjectAnnotations([preview]);

const { Default } = composeStories(metricCardStories);

/** Renders the MetricCard story into a fresh element with Storybook's id for `rootId`. */
async function renderInto(rootId: 'storybook-docs' | 'storybook-root') {
  const root = document.createElement('div');
  root.id = rootId;
  const canvasElement = document.createElement('div');
  root.append(canvasElement);
  document.body.append(root);
  await Default.run({ canvasElement });
  const canvas = canvasElement.querySelector<HTMLElement>('.vitals-story-canvas');
  expect(canvas, 'the decorator wraps the story in .vitals-story-canvas').not.toBeNull();
  return canvas!;
}

afterEach(() => {
  document.body.replaceChildren();
});

it('on a docs page, a small story’s canvas is as tall as the story, not the viewport', async () => {
  const canvas = await renderInto('storybook-docs');
  const box = canvas.getBoundingClientRect();
  expect(box.height).toBeGreaterThan(0);
  expect(box.height).toBeLessThan(window.innerHeight / 2);
  // Below the story's last element there is the canvas's bottom padding (24 px) and nothing else.
  const last = canvas.lastElementChild!.getBoundingClientRect();
  expect(box.bottom - last.bottom).toBeLessThanOrEqual(24 + 1);
});

it('opened on its own, the story’s canvas still fills the viewport', async () => {
  const canvas = await renderInto('storybook-root');
  expect(canvas.getBoundingClientRect().height).toBeGreaterThanOrEqual(window.innerHeight);
});
