import { render, screen } from '@testing-library/react';
import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

describe('the React under test', () => {
  it('is the major this project runs against, for React, React DOM and Testing Library alike', () => {
    const expected = process.env.EXPECTED_REACT_MAJOR;
    expect(expected).toMatch(/^(18|19)$/);
    expect(reactVersion.split('.')[0]).toBe(expected);
    expect(domVersion.split('.')[0]).toBe(expected);
    // Testing Library renders through its own react-dom import: a second React would break hooks.
    function Probe() {
      return <p>{reactVersion}</p>;
    }
    render(<Probe />);
    expect(screen.getByText(reactVersion)).toBeInTheDocument();
  });
});
