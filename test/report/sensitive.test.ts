import { describe, expect, it } from 'vitest';
import { FORMATS, render } from '../../src/report/index.js';
import { SECRET, sampleResult, secret } from './sample.js';

// A Secret's text is in the result (a finding points into it) but must reach no output, in any form.
describe('sensitive files', () => {
  it('the sample really points into the secret line', () => {
    const finding = sampleResult().findings.find((f) => f.span.file === secret)!;
    expect(secret.text.slice(finding.span.start, finding.span.end)).toContain(SECRET);
  });

  for (const name of FORMATS) {
    for (const color of [false, true]) {
      it(`${name}${color ? ' (color)' : ''} never prints the text of a sensitive file`, () => {
        const out = render(name, sampleResult(), { color });
        expect(out).toContain(secret.path);
        expect(out).not.toContain(SECRET);
        expect(out).not.toContain('hooks.slack.com');
        expect(out).not.toContain('webhookurl');
      });
    }
  }
});
