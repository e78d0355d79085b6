import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { ConstraintError, chooseVersion, parseConstraint } from '../../src/knowledge/range.js';

type Row = [constraint: string, version: string, expected: boolean];

const checks = (rows: Row[]) =>
  it.each(rows)('%j checks %j: %s', (constraint, version, expected) => {
    expect(parseConstraint(constraint).check(version)).toBe(expected);
  });

function errorOf(raw: string): ConstraintError {
  try {
    parseConstraint(raw);
  } catch (e) {
    if (e instanceof ConstraintError) return e;
    throw e;
  }
  throw new Error(`${JSON.stringify(raw)} parsed but Masterminds rejects it`);
}

describe('Masterminds constraints_test.go TestConstraintCheck (one comparison)', () => {
  // The "" rows are left out: that test calls the internal parseConstraint, while NewConstraint("") fails (see below).
  checks([
    ['=2.0.0', '1.2.3', false],
    ['=2.0.0', '2.0.0', true],
    ['=2.0', '1.2.3', false],
    ['=2.0', '2.0.0', true],
    ['=2.0', '2.0.1', true],
    ['4.1', '4.1.0', true],
    ['!=4.1.0', '4.1.0', false],
    ['!=4.1.0', '4.1.1', true],
    ['!=4.1', '4.1.0', false],
    ['!=4.1', '4.1.1', false],
    ['!=4.1', '5.1.0-alpha.1', false],
    ['!=4.1.0', '5.1.0-alpha.1', false],
    ['!=4.1-alpha', '4.1.0', true],
    ['!=4.1', '5.1.0', true],
    ['<11', '0.1.0', true],
    ['<11', '11.1.0', false],
    ['<1.1', '0.1.0', true],
    ['<1.1', '1.1.0', false],
    ['<1.1', '1.1.1', false],
    ['<=11', '1.2.3', true],
    ['<=11', '12.2.3', false],
    ['<=11', '11.2.3', true],
    ['<=1.1', '1.2.3', false],
    ['<=1.1', '0.1.0', true],
    ['<=1.1', '1.1.0', true],
    ['<=1.1', '1.1.1', true],
    ['>1.1', '4.1.0', true],
    ['>1.1', '1.1.0', false],
    ['>0', '0', false],
    ['>0', '1', true],
    ['>0', '0.0.1-alpha', false],
    ['>0.0', '0.0.1-alpha', false],
    ['>0-0', '0.0.1-alpha', false],
    ['>0.0-0', '0.0.1-alpha', false],
    ['>0', '0.0.0-alpha', false],
    ['>0-0', '0.0.0-alpha', false],
    ['>0.0.0-0', '0.0.0-alpha', true],
    ['>1.2.3-alpha.1', '1.2.3-alpha.2', true],
    ['>1.2.3-alpha.1', '1.3.3-alpha.2', true],
    ['>11', '11.1.0', false],
    ['>11.1', '11.1.0', false],
    ['>11.1', '11.1.1', false],
    ['>11.1', '11.2.1', true],
    ['>=11', '11.1.2', true],
    ['>=11.1', '11.1.2', true],
    ['>=11.1', '11.0.2', false],
    ['>=1.1', '4.1.0', true],
    ['>=1.1', '1.1.0', true],
    ['>=1.1', '0.0.9', false],
    ['>=0', '0.0.1-alpha', false],
    ['>=0.0', '0.0.1-alpha', false],
    ['>=0-0', '0.0.1-alpha', true],
    ['>=0.0-0', '0.0.1-alpha', true],
    ['>=0', '0.0.0-alpha', false],
    ['>=0-0', '0.0.0-alpha', true],
    ['>=0.0.0-0', '0.0.0-alpha', true],
    ['>=0.0.0-0', '1.2.3', true],
    ['>=0.0.0-0', '3.4.5-beta.1', true],
    ['<0', '0.0.0-alpha', false],
    ['<0-z', '0.0.0-alpha', true],
    ['>=0', '0', true],
    ['=0', '1', false],
    ['*', '1', true],
    ['*', '4.5.6', true],
    ['*', '1.2.3-alpha.1', false],
    ['*-0', '1.2.3-alpha.1', true],
    ['2.*', '1', false],
    ['2.*', '3.4.5', false],
    ['2.*', '2.1.1', true],
    ['2.1.*', '2.1.1', true],
    ['2.1.*', '2.2.1', false],
    ['2', '1', false],
    ['2', '3.4.5', false],
    ['2', '2.1.1', true],
    ['2.1', '2.1.1', true],
    ['2.1', '2.2.1', false],
    ['~1.2.3', '1.2.4', true],
    ['~1.2.3', '1.3.4', false],
    ['~1.2', '1.2.4', true],
    ['~1.2', '1.3.4', false],
    ['~1', '1.2.4', true],
    ['~1', '2.3.4', false],
    ['~0.2.3', '0.2.5', true],
    ['~0.2.3', '0.3.5', false],
    ['~1.2.3-beta.2', '1.2.3-beta.4', true],
    ['~1.2.3-beta.2', '1.2.4-beta.2', true], // npm would say false: it scopes prereleases to 1.2.3
    ['~1.2.3-beta.2', '1.3.4-beta.2', false],
    ['^1.2.3', '1.8.9', true],
    ['^1.2.3', '2.8.9', false],
    ['^1.2.3', '1.2.1', false],
    ['^1.1.0', '2.1.0', false],
    ['^1.2.0', '2.2.1', false],
    ['^1.2.0', '1.2.1-alpha.1', false],
    ['^1.2.0-alpha.0', '1.2.1-alpha.1', true],
    ['^1.2.0-alpha.0', '1.2.1-alpha.0', true],
    ['^1.2.0-alpha.2', '1.2.0-alpha.1', false],
    ['^1.2', '1.8.9', true],
    ['^1.2', '2.8.9', false],
    ['^1', '1.8.9', true],
    ['^1', '2.8.9', false],
    ['^0.2.3', '0.2.5', true],
    ['^0.2.3', '0.5.6', false],
    ['^0.2', '0.2.5', true],
    ['^0.2', '0.5.6', false],
    ['^0.0.3', '0.0.3', true],
    ['^0.0.3', '0.0.4', false],
    ['^0.0', '0.0.3', true],
    ['^0.0', '0.1.4', false],
    ['^0.0', '1.0.4', false],
    ['^0', '0.2.3', true],
    ['^0', '1.1.4', false],
    ['^0.2.3-beta.2', '0.2.3-beta.4', true],
    ['^0.2.3-beta.2', '0.2.4-beta.2', true],
    ['^0.2.3-beta.2', '0.3.4-beta.2', false],
    ['^0.2.3-beta.2', '0.2.3-beta.2', true],
  ]);
});

describe('Masterminds constraints_test.go TestConstraintsCheck (NewConstraint + Check)', () => {
  checks([
    ['*', '1.2.3', true],
    ['~0.0.0', '1.2.3', true],
    ['0.x.x', '1.2.3', false],
    ['0.0.x', '1.2.3', false],
    ['0.0.0', '1.2.3', false],
    ['^0.0.0', '1.2.3', false],
    ['= 2.0', '1.2.3', false],
    ['= 2.0', '2.0.0', true],
    ['4.1', '4.1.0', true],
    ['4.1.x', '4.1.3', true],
    ['1.x', '1.4', true],
    ['!=4.1', '4.1.0', false],
    ['!=4.1-alpha', '4.1.0-alpha', false],
    ['!=4.1-alpha', '4.1.1-alpha', false],
    ['!=4.1-alpha', '4.1.0', true],
    ['!=4.1', '5.1.0', true],
    ['!=4.x', '5.1.0', true],
    ['!=4.x', '4.1.0', false],
    ['!=4.1.x', '4.2.0', true],
    ['!=4.2.x', '4.2.3', false],
    ['>1.1', '4.1.0', true],
    ['>1.1', '1.1.0', false],
    ['<1.1', '0.1.0', true],
    ['<1.1', '1.1.0', false],
    ['<1.1', '1.1.1', false],
    ['<1.x', '1.1.1', false],
    ['<1.x', '0.1.1', true],
    ['<1.x', '2.0.0', false],
    ['<1.1.x', '1.2.1', false],
    ['<1.1.x', '1.1.500', false],
    ['<1.1.x', '1.0.500', true],
    ['<1.2.x', '1.1.1', true],
    ['>=1.1', '4.1.0', true],
    ['>=1.1', '4.1.0-beta', false],
    ['>=1.1', '1.1.0', true],
    ['>=1.1', '0.0.9', false],
    ['<=1.1', '0.1.0', true],
    ['<=1.1', '0.1.0-alpha', false],
    ['<=1.1-a', '0.1.0-alpha', true],
    ['<=1.1', '1.1.0', true],
    ['<=1.x', '1.1.0', true],
    ['<=2.x', '3.0.0', false],
    ['<=1.1', '1.1.1', true],
    ['<=1.1.x', '1.2.500', false],
    ['<=4.5', '3.4.0', true],
    ['<=4.5', '3.7.0', true],
    ['<=4.5', '4.6.3', false],
    ['>1.1, <2', '1.1.1', false],
    ['>1.1, <2', '1.2.1', true],
    ['>1.1, <3', '4.3.2', false],
    ['>=1.1, <2, !=1.2.3', '1.2.3', false],
    ['>1.1 <2', '1.1.1', false],
    ['>1.1 <2', '1.2.1', true],
    ['>1.1    <3', '4.3.2', false],
    ['>=1.1    <2    !=1.2.3', '1.2.3', false],
    ['>=1.1, <2, !=1.2.3 || > 3', '4.1.2', true],
    ['>=1.1, <2, !=1.2.3 || > 3', '3.1.2', false],
    ['>=1.1, <2, !=1.2.3 || >= 3', '3.0.0', true],
    ['>=1.1, <2, !=1.2.3 || > 3', '3.0.0', false],
    ['>=1.1, <2, !=1.2.3 || > 3', '1.2.3', false],
    ['>=1.1 <2 !=1.2.3 || > 3', '4.1.2', true],
    ['>=1.1 <2 !=1.2.3 || >= 3', '3.0.0', true],
    ['> 1.1, <     2', '1.1.1', false],
    ['>   1.1, <2', '1.2.1', true],
    ['>= 1.1, <     2, !=1.2.3', '1.2.3', false],
    ['> 1.1 < 2', '1.1.1', false],
    ['>=1.1    < 2    != 1.2.3', '1.2.3', false],
    ['>= 1.1, <2, != 1.2.3 || > 3', '3.1.2', false],
    ['>= 1.1 < 2 !=1.2.3 || > 3', '3.0.0', false],
    ['>= 1.0.0  <= 2.0.0-beta', '1.0.1-beta', true],
    ['>= 1.0.0  <= 2.0.0-beta', '1.0.1', true],
    ['>= 1.0.0  <= 2.0.0-beta', '3.0.0', false],
    ['>= 1.0.0  <= 2.0.0-beta || > 3', '1.0.1-beta', true],
    ['>= 1.0.0  <= 2.0.0-beta || > 3', '3.0.1-beta', false],
    ['>= 1.0.0  <= 2.0.0-beta != 1.0.1 || > 3', '1.0.1-beta', true],
    ['>= 1.0.0  <= 2.0.0-beta != 1.0.1-beta || > 3', '1.0.1-beta', false],
    ['>= 1.0.0-0  <= 2.0.0', '1.0.1-beta', true],
    ['1.1 - 2', '1.1.1', true],
    ['1.5.0 - 4.5', '3.7.0', true],
    ['1.1-3', '4.3.2', false],
    ['^1.1', '1.1.1', true],
    ['^1.1', '4.3.2', false],
    ['^1.x', '1.1.1', true],
    ['^2.x', '1.1.1', false],
    ['^1.x', '2.1.1', false],
    ['^1.x', '1.1.1-beta1', false],
    ['^1.1.2-alpha', '1.2.1-beta1', true],
    ['^1.2.x-alpha', '1.1.1-beta1', false],
    ['^0.0.1', '0.0.1', true],
    ['^0.0.1', '0.3.1', false],
    ['~*', '2.1.1', true],
    ['~1', '2.1.1', false],
    ['~1', '1.3.5', true],
    ['~1', '1.4', true],
    ['~1.x', '2.1.1', false],
    ['~1.x', '1.3.5', true],
    ['~1.1', '1.1.1', true],
    ['~1.1-alpha', '1.1.1-beta', true],
    ['~1.1.1-beta', '1.1.1-alpha', false],
    ['~1.1.1-beta', '1.1.1', true],
    ['~1.2.3', '1.2.5', true],
    ['~1.2.3', '1.2.2', false],
    ['~1.2.3', '1.3.2', false],
    ['~1.1', '1.2.3', false],
    ['~1.3', '2.4.5', false],
    ['1.0.0 - 2.0.0 <=2.0.0', '1.5.0', true],
    ['1.0.0 - 2.0.0, <=2.0.0', '1.5.0', true],
  ]);
});

describe('operator aliases and partial versions (constraints.go constraintOps, parseConstraint)', () => {
  checks([
    // `=>`, `=<` and `~>` are the same functions as `>=`, `<=` and `~`.
    ['=> 1.2', '1.2.0', true],
    ['=> 1.2', '1.1.9', false],
    ['=< 1.2', '1.2.9', true],
    ['=< 1.2', '1.3.0', false],
    ['~> 1.2', '1.2.9', true],
    ['~> 1.2', '1.3.0', false],
    ['~>1.2.3', '1.2.2', false],
    // `>` with a partial version moves to the next minor/major; `<` and `>=` use zeros.
    ['>1', '1.9.9', false],
    ['>1', '2.0.0', true],
    ['>1.2', '1.2.9', false],
    ['>1.2', '1.3.0', true],
    ['<1.2', '1.1.9', true],
    ['<1.2', '1.2.0', false],
    ['>=1.x', '1.0.0', true],
    ['>=1.x', '0.9.9', false],
    // `<=` with a partial version admits the whole of that minor/major.
    ['<=1', '1.9.9', true],
    ['<=1', '2.0.0', false],
    ['<=1.2.x', '1.2.9', true],
    // Upper-case X and * are wildcards like x.
    ['1.X', '1.5.0', true],
    ['1.2.*', '1.2.7', true],
    ['1.2.*', '1.3.0', false],
    // `~` on 0.x and 0.0.x.
    ['~0', '0.9.9', true],
    ['~0', '1.0.0', false],
    ['~0.0', '0.0.9', true],
    ['~0.0', '0.1.0', false],
    ['~0.1.2', '0.1.9', true],
    ['~0.1.2', '0.2.0', false],
    ['~0.0.3', '0.0.9', true], // ~ keeps the minor, so 0.0.x stays open above 0.0.3
    ['~0.0.3', '0.1.0', false],
    // `^` on 0.x and 0.0.x.
    ['^0.1', '0.1.9', true],
    ['^0.1', '0.2.0', false],
    ['^0.0.x', '0.0.9', true],
    ['^0.0.x', '0.1.0', false],
    ['^0.x', '0.9.0', true],
    ['^0.x', '1.0.0', false],
    ['^0.0.3', '0.0.2', false],
    ['^1.2.x', '1.9.0', true],
    ['^1.2.x', '1.1.0', false],
  ]);
});

describe('wildcard corners read from constraints.go (surprising, kept on purpose)', () => {
  checks([
    // ~0.0.0 and ~* are special-cased to admit any release (constraintTilde).
    ['~0.0.0', '99.1.0', true],
    ['~*', '0.0.1', true],
    // ^* is documented as "any" but only admits 0.0.0 (Masterminds/semver issue #317).
    ['^*', '0.0.0', true],
    ['^*', '0.0.1', false],
    ['^*', '1.0.0', false],
    // != and <= against a bare wildcard compare with 0.0.0.
    ['!=*', '0.0.0', false],
    ['!=*', '0.1.0', true],
    ['!=*', '1.2.3', true],
    ['<=*', '0.0.9', true],
    ['<=*', '0.1.0', false],
    ['>*', '0.0.0', false],
    ['>*', '0.0.1', true],
    ['<*', '0.0.0', false],
    ['>=*', '7.0.0', true],
    // A wildcard major discards the rest; a wildcard minor discards the patch.
    ['x.1.2', '5.0.0', true],
    ['1.x.5', '1.9.0', true],
    ['1.x.5', '2.0.0', false],
    // `|` is in Go's version character class: ignored after a wildcard major.
    ['*.|', '3.0.0', true],
  ]);
});

describe('versions as Masterminds NewVersion reads them (version.go coerceNewVersion)', () => {
  checks([
    ['1.2.3', 'v1.2.3', true],
    ['v1.2.3', '1.2.3', true],
    ['v1.2', '1.2.9', true], // constraints_test.go TestParseConstraint: "v1.2" is 1.2.x
    ['v1.2', '1.3.0', false],
    ['1.2.3', 'V1.2.3', false], // only a lower-case v is accepted
    ['1.2.3', 'vv1.2.3', false],
    ['=1.2.0', '1.2', true], // missing parts are zeros
    ['=1.0.0', '1', true],
    ['=1.2.3', '01.02.03', true], // CoerceNewVersion (default true) accepts leading zeros
    ['>=01.02.03', '1.2.3', true],
    ['*', '1.2.3.4', false],
    ['*', '1.2.3-beta.01', false], // numeric prerelease identifiers may not have leading zeros
    ['*', ' 1.2.3', false], // no trimming (npm would trim)
    ['*', '', false],
    ['*', 'latest', false],
    ['=1.2.3', '1.2.3+build.5', true], // build metadata is ignored by Equal/Compare
    ['1.2.3+abc', '1.2.3+def', true],
    ['!=1.2.3', '1.2.3+build.5', false],
    ['>=1.2.3-rc.2', '1.2.3-rc.10', true], // numeric identifiers compare as numbers
    ['>=1.2.3-BETA', '1.2.3-alpha', true], // ASCII order: upper case sorts first (README)
  ]);
});

describe('separators: comma and space are AND, || is OR (README "Basic Comparisons")', () => {
  checks([
    ['>=1.2.3,<2', '1.5.0', true],
    ['>=1.2.3,<2', '2.0.0', false],
    ['>=1.2.3 ,<2', '1.5.0', true],
    ['>=1.2.3\t<2', '1.5.0', true],
    ['>=1.2.3\n<2', '2.1.0', false],
    ['>=1.2.3 <2 || >=3 <4 || 5.x', '3.5.0', true],
    ['>=1.2.3 <2 || >=3 <4 || 5.x', '5.9.0', true],
    ['>=1.2.3 <2 || >=3 <4 || 5.x', '4.0.0', false],
    ['  >= 1.0.0  ', '1.0.0', true],
    ['>=1.0.0 || <0.5.0', '0.4.0', true],
    ['>=1.0.0 || <0.5.0', '0.7.0', false],
  ]);
});

describe('hyphen ranges (README "Hyphen Range Comparisons", constraints_test.go TestRewriteRange)', () => {
  checks([
    ['1.2 - 1.4.5', '1.2.0', true],
    ['1.2 - 1.4.5', '1.4.5', true],
    ['1.2 - 1.4.5', '1.4.6', false],
    ['1.2 - 3', '3.9.9', true], // `<= 3` admits all of 3.x
    ['1.2 - 3', '4.0.0', false],
    ['1.2 - 3', '1.1.9', false],
    ['1.2-3', '1.2.5', true], // no spaces: 1.2 with prerelease 3, i.e. ~1.2.0-3
    ['1.2-3', '2.0.0', false],
    ['1.2-3', '1.2.5-alpha', true], // and it names a prerelease
    ['1 - 3, 2 - 4', '3.5.0', true], // both ranges are ANDed
    ['1 - 3, 2 - 4', '4.1.0', false],
    ['1 - 3, 2 - 4', '1.5.0', false],
    ['2 - 3 || 5 - 6', '5.5.0', true],
    ['2 - 3 || 5 - 6', '4.0.0', false],
  ]);
});

describe('prereleases are excluded unless the AND group names one (constraints.go NewConstraint containsPre)', () => {
  checks([
    ['>=1.0.0', '1.5.0-rc.1', false],
    ['>=1.0.0-0', '1.5.0-rc.1', true],
    // The decision is per AND group, not per comparison and not per major.minor.patch:
    ['>=1.0.0 <2.0.0-0', '1.5.0-rc.1', true],
    ['>=1.2.3-0', '3.0.0-rc.1', true],
    ['>=1.0.0-0 <2.0.0 || >=3.0.0', '1.5.0-rc.1', true],
    ['>=1.0.0-0 <2.0.0 || >=3.0.0', '3.1.0-rc.1', false],
    ['>=1.0.0-0 <2.0.0 || >=3.0.0', '3.1.0', true],
    ['4.x', '4.1.0-rc.1', false],
    ['4.x-0', '4.1.0-rc.1', true],
    ['=4.1.0-rc.1', '4.1.0-rc.1', true],
    ['=4.1.0-rc.1', '4.1.0-rc.2', false],
    // Build metadata on a constraint does not count as naming a prerelease.
    ['>=1.0.0+meta', '1.5.0-rc.1', false],
  ]);

  it('differs from npm ranges, which only admit prereleases of the same major.minor.patch', () => {
    expect(semver.satisfies('3.0.0-rc.1', '>=1.2.3-0')).toBe(false);
    expect(parseConstraint('>=1.2.3-0').check('3.0.0-rc.1')).toBe(true);
  });
});

describe('invalid constraints throw ConstraintError', () => {
  it.each([
    // constraints_test.go TestNewConstraint / TestParseConstraint
    'foo',
    'v1.2.3-beta.01',
    '>= bar',
    'BAR >= 1.2.3',
    '12.3.4.1234',
    '12.23.4.1234',
    '12.3.34.1234',
    '12.3.34~ 1.2.3',
    // constraints.go: NewConstraint("") fails the segment regex
    '',
    '   ',
    '>=1.0.0 ||',
    '|| >=1.0.0',
    '>=1.0.0 || || <2',
    '== 1.2.3',
    '>=1.0.0,,<2',
    ',>=1.0.0',
    'V1.2',
    '1.2.3-',
    '1|2',
    '>=1.2.3|',
    '1.x|',
    '1 - 2 - 3',
    '>=1.0.0\v<2', // Go's \s has no \v
    '>=1.0.0\u00a0<2', // nor Unicode spaces
    '^1.2.3 latest',
    'latest',
  ])('%j', (raw) => {
    const error = errorOf(raw);
    expect(error.message).not.toContain('\n');
    expect(error.message).toContain(JSON.stringify(raw));
  });

  it.each([
    // constraints_test.go TestNewConstraint valid rows
    '>= 1.1',
    '>40.50.60, < 50.70',
    '2.0',
    'v2.3.5-20161202202307-sha.e8fc5e5',
    'v1.2.3-0abc',
    '>= 1.2.3 < 2.0',
    '>= 1.2.3 < 2.0 || => 3.0 < 4',
    '>= 1.2.3, < 2.0',
    '>= 1.2.3, < 2.0 || => 3.0, < 4',
    '3 - 4 || => 3.0, < 4',
    '12.3.34 ~1.2.3',
    '1.0.0 - 2.0.0, <=2.0.0',
    // constraints_test.go FuzzNewConstraint seeds that are valid
    '1.2.3+foo',
    '2.3.4-alpha.1+bar',
    '987654321.123456789.654123789',
    '9.2-beta.0',
  ])('%j parses', (raw) => {
    expect(parseConstraint(raw).raw).toBe(raw);
  });

  it('says where a bad alternative starts', () => {
    const message = errorOf('>=1.0.0 || foo').message;
    expect(message).toContain('alternative 2');
    expect(message).toContain('at offset 10');
  });

  it('rejects a hyphen range after a space-separated comparison (the rewrite eats the space)', () => {
    // constraints.go rewriteRange: the match includes the whitespace before `1`, so the result
    // is ">=1.0.0>= 1, <= 3 ", which has no separator; after a comma it is fine.
    expect(errorOf('>=1.0.0 1 - 3').message).toContain('after rewriting hyphen ranges');
    expect(parseConstraint('>=1.0.0, 1 - 3').check('2.0.0')).toBe(true);
    expect(parseConstraint('2 - 3 4.0.0 - 5.1').check('3.5.0')).toBe(false); // TestRewriteRange: both ANDed
  });

  it('says where a bad version is', () => {
    const message = errorOf('>=1.0.0 <v1.2.3-beta.01').message;
    expect(message).toContain('"v1.2.3-beta.01" at offset 9');
  });
});

describe('chooseVersion (source-controller internal/helm/repository chart_repository.go getChartVersion)', () => {
  const falco = ['4.21.3', '4.22.0', '5.0.0', '9.0.0', '9.1.0', '9.2.0-rc1'];
  const stable = ['4.21.3', '4.22.0', '5.0.0', '9.0.0', '9.1.0'];

  it.each<[raw: string | undefined, admitted: string[], chosen: string | undefined]>([
    ['>=4.0.0 <5.0.0', ['4.21.3', '4.22.0'], '4.22.0'],
    ['>=4.0.0, <5.0.0', ['4.21.3', '4.22.0'], '4.22.0'],
    ['4.x', ['4.21.3', '4.22.0'], '4.22.0'],
    ['~4.21', ['4.21.3'], '4.21.3'],
    ['^9', ['9.0.0', '9.1.0'], '9.1.0'],
    ['*', stable, '9.1.0'],
    ['', stable, '9.1.0'],
    [undefined, stable, '9.1.0'],
    ['~6.2', [], undefined],
    ['>=10', [], undefined],
    ['4.22.1', [], undefined],
    ['>=9.0.0-0', ['9.0.0', '9.1.0', '9.2.0-rc1'], '9.2.0-rc1'],
    ['9.x-0', ['9.0.0', '9.1.0', '9.2.0-rc1'], '9.2.0-rc1'],
    ['v4.22.0', ['4.22.0'], '4.22.0'],
    ['>=4.22.0 || <4.22.0', stable, '9.1.0'],
  ])('%j', (raw, admitted, chosen) => {
    expect(chooseVersion(raw, falco)).toEqual({ admitted, chosen, exact: false });
  });

  it.each(['4.22.0', '9.2.0-rc1'])('pins %j by exact string match', (pin) => {
    expect(chooseVersion(pin, falco)).toEqual({ admitted: [pin], chosen: pin, exact: true });
  });

  it('matches exact strings before parsing, so a non-semver pin works only when listed', () => {
    expect(chooseVersion('latest', ['1.0.0', 'latest'])).toEqual({
      admitted: ['latest'],
      chosen: 'latest',
      exact: true,
    });
    expect(() => chooseVersion('latest', ['1.0.0'])).toThrow(ConstraintError);
    expect(() => chooseVersion('>= bar', falco)).toThrow(ConstraintError);
  });

  it('skips index entries that are not strict semver after one optional v (fluxcd/pkg version.ParseVersion)', () => {
    const index = ['1.2', '01.4.0', 'v1.3.0', '1.5.0', 'latest', '1.6.0.1', 'vv1.7.0'];
    expect(chooseVersion('*', index)).toEqual({ admitted: ['v1.3.0', '1.5.0'], chosen: '1.5.0', exact: false });
    // ...although Check itself coerces them.
    expect(parseConstraint('*').check('1.2')).toBe(true);
    expect(chooseVersion('1.2', index)).toEqual({ admitted: ['1.2'], chosen: '1.2', exact: true });
  });

  it('sorts by semver precedence whatever the index order', () => {
    const shuffled = ['9.1.0', '4.22.0', '10.0.0', '9.0.0', '4.21.3', '9.10.0'];
    expect(chooseVersion('>=9.0.0', shuffled)).toEqual({
      admitted: ['9.0.0', '9.1.0', '9.10.0', '10.0.0'],
      chosen: '10.0.0',
      exact: false,
    });
  });

  it('admits every build of an equal version, keeping index order for the tie', () => {
    // Flux breaks this tie by the index entries' created time, which is not in this list.
    expect(chooseVersion('0.1.5', ['0.1.5+a', '0.2.0', '0.1.5+b'])).toEqual({
      admitted: ['0.1.5+a', '0.1.5+b'],
      chosen: '0.1.5+b',
      exact: false,
    });
  });
});

describe('property: >=a admits a release b exactly when b >= a', () => {
  const part = fc.nat({ max: 12 });
  const pre = fc.constantFrom('alpha', 'beta', 'rc', 'rc.1', 'rc.10', '0', '1', 'alpha.2');
  const version = (withPre: boolean) =>
    fc.record({
      v: fc.boolean(),
      major: part,
      minor: part,
      patch: part,
      pre: withPre ? fc.option(pre, { nil: undefined }) : fc.constant(undefined),
      build: fc.option(fc.constantFrom('build.1', 'sha.abc', '001'), { nil: undefined }),
    });
  const text = (x: {
    v: boolean;
    major: number;
    minor: number;
    patch: number;
    pre?: string | undefined;
    build?: string | undefined;
  }) => `${x.v ? 'v' : ''}${x.major}.${x.minor}.${x.patch}${x.pre ? `-${x.pre}` : ''}${x.build ? `+${x.build}` : ''}`;

  it('agrees with semver.compare', () => {
    fc.assert(
      fc.property(version(true), version(false), (a, b) => {
        const expected = semver.compare(text({ ...a, v: false }), text({ ...b, v: false })) <= 0;
        expect(parseConstraint(`>=${text(a)}`).check(text(b))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
