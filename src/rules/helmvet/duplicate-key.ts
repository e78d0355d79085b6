// A key written twice in one map. kustomize (and so Flux's kustomize-controller and Argo CD's kustomize) rejects it:
// "mapping key "interval" already defined" (kubernetes-sigs/kustomize#3480, fluxcd/kustomize-controller#880); Helm
// reads values with go-yaml's non-strict Unmarshal, which keeps the later one.
import { positionAt } from '../../load/source.js';
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'helmvet/duplicate-key',
    title: 'A key written twice in one map',
    severity: 'error',
    fixable: false,
    references: ['https://github.com/kubernetes-sigs/kustomize/issues/3480', 'https://github.com/fluxcd/kustomize-controller/issues/880'],
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      for (const d of file.duplicates) {
        const line = positionAt(file, d.first).line;
        ctx.report({
          span: { file, start: d.start, end: d.end },
          severity: d.inObject ? 'error' : 'warning',
          message: d.inObject
            ? `"${d.key}" is already set on line ${line} of this map: kustomize and Flux reject the file ("mapping key already defined"), so nothing in it is applied; keep one`
            : `"${d.key}" is already set on line ${line} of this map: Helm keeps this later one and drops the first, and kustomize rejects the file; keep one`,
        });
      }
    }
  },
);
