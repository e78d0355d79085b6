// Source text made safe and measurable for a terminal, so a caret line can sit under a span.

/** Tab stops every 4 columns, counted from the start of the source line (as editors show YAML). */
export const TAB_WIDTH = 4;

// Controls (a repository can hold ESC sequences that would restyle or rewrite the terminal) and
// bidirectional overrides (Trojan Source: text that displays in another order than it reads).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Replaces what a terminal would interpret, keeping tabs for `expand`. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, '\uFFFD');
}

// Display widths by code point. Wide: CJK, Hangul, fullwidth forms, emoji. Zero: combining marks,
// zero-width spaces and joiners, variation selectors. Enough for YAML comments and values; not a full wcwidth.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];
const ZERO: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x200b, 0x200d],
  [0xfe00, 0xfe0f],
];

const within = (ranges: readonly [number, number][], code: number) =>
  ranges.some(([low, high]) => code >= low && code <= high);

function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (within(ZERO, code)) return 0;
  return within(WIDE, code) ? 2 : 1;
}

/**
 * Tabs expanded to spaces and the display width after `text`, starting at display column `from`
 * (0-based). Expanding a line piece by piece with the running width gives the same result as
 * expanding it whole, which is what keeps the caret under the span.
 */
export function expand(text: string, from = 0): { text: string; width: number } {
  let out = '';
  let width = from;
  for (const char of sanitize(text)) {
    if (char === '\t') {
      const stop = TAB_WIDTH - (width % TAB_WIDTH);
      out += ' '.repeat(stop);
      width += stop;
    } else {
      out += char;
      width += charWidth(char);
    }
  }
  return { text: out, width };
}
