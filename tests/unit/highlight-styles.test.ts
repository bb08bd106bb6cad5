import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PALETTE,
  declarations,
  FLASH_HIGHLIGHT,
  HIGHLIGHT_NAMES,
  highlightCss,
  highlightName,
  MARK_KINDS,
  WORD_HIGHLIGHT_NAMES,
} from '../../lib/page/highlight-styles';
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

describe('highlight names tell the page nothing about the reader', () => {
  it('a name is a number per look, never a category', () => {
    for (const kind of MARK_KINDS) {
      expect(highlightName(kind)).toMatch(/^slantwise-\d+$/);
      expect(highlightName(kind)).not.toContain(kind);
    }
    expect(FLASH_HIGHLIGHT).toMatch(/^slantwise-\d+$/);
    expect(HIGHLIGHT_NAMES).not.toContain(FLASH_HIGHLIGHT);
    expect(HIGHLIGHT_NAMES).toHaveLength(7);
    expect(WORD_HIGHLIGHT_NAMES).toHaveLength(5);
  });

  it('kinds that share a name look the same in every colour scheme', () => {
    for (const palette of Object.values(COLOUR_SCHEMES)) {
      for (const a of MARK_KINDS) {
        for (const b of MARK_KINDS) {
          if (highlightName(a) === highlightName(b))
            expect(declarations(a, palette)).toEqual(declarations(b, palette));
          else expect(declarations(a, palette)).not.toEqual(declarations(b, palette));
        }
      }
    }
  });

  it('the style sheet has one rule per name', () => {
    const css = highlightCss();
    for (const name of [...HIGHLIGHT_NAMES, FLASH_HIGHLIGHT]) {
      expect(css.split('\n').filter((l) => l.startsWith(`:root::highlight(${name})`))).toHaveLength(1);
    }
    expect(css).not.toMatch(/opinion|reported|loaded|pejorative/);
  });
});
