// Exit codes (DESIGN.md) and the one-line errors behind them.
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** Bad usage or bad config: one line on stderr, exit 2. */
export class UsageFailure extends Error {}
