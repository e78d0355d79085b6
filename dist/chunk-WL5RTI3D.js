import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);

// src/spelling.ts
function editDistance(a, b) {
  const w = b.length + 1;
  const d = new Int32Array((a.length + 1) * w);
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[i * w] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.length * w + b.length];
}
function partsWithin(word, known) {
  const parts = (s) => s.toLowerCase().split(/[/_.-]+/).filter(Boolean);
  const want = parts(word);
  const have = parts(known);
  let at = 0;
  for (const w of want) {
    at = have.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  return want.length > 1;
}
function didYouMean(word, known) {
  const tail = known.filter((k) => k.endsWith(`/${word}`));
  if (tail.length === 1) return tail[0];
  let best;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d <= Math.max(1, Math.floor(word.length / 3)) && (!best || d < best.d)) best = { k, d };
  }
  if (best) return best.k;
  const within = known.filter((k) => partsWithin(word, k));
  return within.length === 1 ? within[0] : void 0;
}

export {
  editDistance,
  didYouMean
};
