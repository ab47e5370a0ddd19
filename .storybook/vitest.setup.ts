import { afterEach } from 'vitest';
import { expectNoOpenTooltip } from './no-open-tooltip.ts';

// Runs after each story (render, play and axe) of the `storybook` and `storybook-dark` projects.
afterEach(() => expectNoOpenTooltip());
