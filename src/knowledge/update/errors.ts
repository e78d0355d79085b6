// The one error of `helmvet knowledge update`: a single line that names the URL or the chart version and what went
// wrong, printed as it is (no stack trace), since it is about the network or the repository, not a bug of helmvet.
export class KnowledgeUpdateError extends Error {
  override name = 'KnowledgeUpdateError';
}

/** The first line of a library's message: errors are shown on one line. */
export const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
