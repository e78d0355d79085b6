// Chart 5.0.0: the default image is falcosecurity/falco:<appVersion>, built on wolfi, no longer the -debian flavour.
// No key changes; what depends on the Debian image is left for a person (falco-chart-migrations.md §5.0.0, §2.3).
import { get } from '../tree.js';
import { step } from './step.js';

const SOURCES = [
  'https://github.com/falcosecurity/charts/commit/6d9ccd5',
  'https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md',
];

export default step(5, (tree, log) => {
  const tag = get(tree, ['image', 'tag']);
  const repository = get(tree, ['image', 'repository']);
  const program = get(tree, ['falco', 'program_output', 'enabled']);
  if (tag?.kind === 'scalar' && typeof tag.value === 'string' && tag.value.endsWith('-debian')) {
    log.leave(
      'image.tag',
      `pins the Debian flavour and a Falco version (${tag.value}): bump it to the target chart's Falco with -debian, or remove it for the default wolfi image`,
      SOURCES,
    );
  }
  if (
    repository?.kind === 'scalar' &&
    typeof repository.value === 'string' &&
    repository.value.includes('falco-no-driver')
  ) {
    log.leave(
      'image.repository',
      'falcosecurity/falco-no-driver is not built for Falco 0.40.0 and newer: use falcosecurity/falco',
      SOURCES,
    );
  }
  if (program?.kind === 'scalar' && program.value === true) {
    log.leave(
      'falco.program_output',
      'the default image is wolfi from chart 5.0.0: a program_output command that needs Debian tools needs image.tag "<falco version>-debian"',
      SOURCES,
    );
  }
});
