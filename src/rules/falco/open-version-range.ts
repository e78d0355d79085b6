// A chart version that lets any future major in unreviewed: majors of the falco chart break values
// (../shared/reference/falco-chart-migrations.md: 7.0.0 dropped the container collectors, 9.0.0 refuses ebpf).
import semver from 'semver';
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/open-version-range',
    title: 'A falco chart version that lets any new major in unreviewed',
    severity: 'warning',
    fixable: false,
    references: ['https://github.com/falcosecurity/charts/blob/master/charts/falco/BREAKING-CHANGES.md', 'https://fluxcd.io/flux/components/source/helmcharts/#version'],
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const { version } = r.release;
      const where = `${r.release.title}`;
      if (r.status === 'git') {
        const rev = version.raw;
        if (rev === undefined || rev === '' || /^(HEAD|main|master)$/.test(rev)) {
          ctx.report({
            span: r.span,
            message: `${where} takes the falco chart from the ${rev ? `${rev} branch` : 'default branch'} of ${r.release.chart.repoUrl ?? 'its git repository'}: every new chart version, majors that break values included, deploys without review; use the Helm repository with a pinned version, or pin a git tag`,
          });
        }
        continue;
      }
      if (r.status !== 'resolved' || !r.anyMajor || !r.installed) continue;
      ctx.report({
        span: r.span,
        message: `${version.raw === undefined ? `${where} has no ${version.field}, so it` : `"${r.constraint}"`} admits every future major of the falco chart: a new major (they rename and remove values, e.g. 7.0.0 and 9.0.0) deploys without review; bound it, e.g. ">=${semver.major(r.installed.version)}.0.0 <${semver.major(r.installed.version) + 1}.0.0"`,
      });
    }
  },
);
