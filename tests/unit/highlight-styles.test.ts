import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE, declarations } from '../../lib/page/highlight-styles';
import { COLOUR_SCHEMES } from '../../lib/settings-schema';

describe('mark styles follow the reader’s colour scheme', () => {
  it('the default scheme underlines negative tone in vermillion and praise in bluish green', () => {
    expect(declarations('loaded-pejorative', DEFAULT_PALETTE)['text-decoration-color']).toBe('#D55E00');
    expect(declarations('loaded-praise', DEFAULT_PALETTE)['text-decoration-color']).toBe('#009E73');
    expect(declarations('loaded-hedge', DEFAULT_PALETTE)['text-decoration-color']).toBe('#0072B2');
  });

  it('“greys only” draws every underline grey, told apart by line style alone', () => {
    const mono = COLOUR_SCHEMES.mono;
    expect(declarations('loaded-pejorative', mono)['text-decoration-color']).toBe('#555555');
    expect(declarations('loaded-praise', mono)['text-decoration-color']).toBe('#555555');
    expect(declarations('loaded-pejorative', mono)['text-decoration-style']).toBe('wavy');
    expect(declarations('loaded-praise', mono)['text-decoration-style']).toBe('double');
  });
});
