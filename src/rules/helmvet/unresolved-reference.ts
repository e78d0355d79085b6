// What helmvet could not follow is said, never skipped: the rest of the analysis is blind there.
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'helmvet/unresolved-reference',
    title: 'A reference helmvet cannot follow in the repository',
    severity: 'info',
    fixable: false,
    references: ['https://fluxcd.io/flux/components/helm/helmreleases/#values-references'],
  },
  (ctx) => {
    // Only what blinds helmvet to a Falco deployment: a missing source of an unrelated release is not worth a line.
    const falco = new Set(ctx.releases.map((r) => r.release.object));
    for (const u of ctx.model.unresolved) if (u.falco || !u.owner || falco.has(u.owner)) ctx.report({ span: u.span, message: u.message });
  },
);
