// A chart version that lets any future major in unreviewed: majors of the falco chart break values
// (../shared/reference/falco-chart-migrations.md: 7.0.0 dropped the container collectors, 9.0.0 refuses ebpf).
import semver from 'semver';
import { createRule, message } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/open-version-range',
    title: 'A falco chart version that lets any new major in unreviewed',
    severity: 'warning',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md',
      'https://fluxcd.io/flux/components/source/helmcharts/#version',
    ],
    messages: {
      anyMajor: message<{ release: string; constraint: string | null; field: string; major: number }>({
        title: (d) =>
          d.constraint === null
            ? `${d.release} has no ${d.field}, so it admits every future major of the falco chart`
            : `"${d.constraint}" admits every future major of the falco chart`,
        why: () => 'a new major (they rename and remove values, e.g. 7.0.0 and 9.0.0) deploys without review',
        help: (d) => `bound it, e.g. ">=${d.major}.0.0 <${d.major + 1}.0.0"`,
      }),
      branch: message<{ release: string; branch: string | null; repository: string | null }>({
        title: (d) =>
          `${d.release} takes the falco chart from the ${d.branch ? `${d.branch} branch` : 'default branch'} of ${d.repository ?? 'its git repository'}`,
        why: () => 'every new chart version, majors that break values included, deploys without review',
        help: () => 'use the Helm repository with a pinned version, or pin a git tag',
      }),
    },
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const { version } = r.release;
      if (r.status === 'git') {
        const rev = version.raw;
        if (rev === undefined || rev === '' || /^(HEAD|main|master)$/.test(rev)) {
          ctx.report({
            span: r.span,
            messageId: 'branch',
            data: { release: r.release.title, branch: rev || null, repository: r.release.chart.repoUrl ?? null },
          });
        }
        continue;
      }
      if (r.status !== 'resolved' || !r.anyMajor || !r.installed) continue;
      ctx.report({
        span: r.span,
        messageId: 'anyMajor',
        data: {
          release: r.release.title,
          constraint: version.raw === undefined ? null : r.constraint,
          field: version.field,
          major: semver.major(r.installed.version),
        },
      });
    }
  },
);
