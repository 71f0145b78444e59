/** Exit codes of `kassa` (configuration contract): 0 done; 1 input rejected; 2 wrong usage; else a fault. */
export const EXIT = { done: 0, rejected: 1, usage: 2, fault: 3 } as const;

/** Thrown by a command whose input was rejected after it printed its own report. */
export class RejectedError extends Error {}

/** Thrown when the command line itself is wrong (a bad option value): exit 2 with this message. */
export class UsageError extends Error {}
