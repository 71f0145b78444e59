/**
 * Sign-in throttling (issue #22 item 8). Failed sign-ins are counted per username and per client
 * address. After a few free failures each further one blocks that key for a delay that doubles,
 * up to a ceiling; a blocked key is answered 429 without the password being checked, so a flood
 * costs no hashing. A successful sign-in clears the username's count (not the address's).
 * The counts live in the server process: a restart forgets them, and several servers count apart.
 */

export interface ThrottleOptions {
  /** Failures allowed per username before delays start. */
  freeUserFailures: number;
  /** Failures allowed per address (many users share an office's address) before delays start. */
  freeAddressFailures: number;
  /** The first delay; each further failure doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A key without failures for this long is forgotten. */
  forgetAfterMs: number;
  now: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
  freeUserFailures: 5,
  freeAddressFailures: 20,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  now: Date.now,
};

interface Entry {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

const MAX_KEYS = 100_000;

export class SignInThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly options: ThrottleOptions;

  constructor(options: Partial<ThrottleOptions> = {}) {
    this.options = { ...DEFAULT_THROTTLE, ...options };
  }

  /** Milliseconds the caller must wait before trying again; 0 when a sign-in may be tried now. */
  wait(username: string, address: string): number {
    const now = this.options.now();
    let wait = 0;
    for (const key of [userKey(username), addressKey(address)]) {
      const e = this.entries.get(key);
      if (!e) continue;
      if (now - e.lastFailure > this.options.forgetAfterMs) this.entries.delete(key);
      else wait = Math.max(wait, e.blockedUntil - now);
    }
    return Math.max(0, wait);
  }

  failed(username: string, address: string): void {
    this.count(userKey(username), this.options.freeUserFailures);
    this.count(addressKey(address), this.options.freeAddressFailures);
  }

  succeeded(username: string): void {
    this.entries.delete(userKey(username));
  }

  private count(key: string, free: number) {
    const now = this.options.now();
    const e = this.entries.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
    e.failures += 1;
    e.lastFailure = now;
    if (e.failures > free) {
      const delay = this.options.baseDelayMs * 2 ** Math.min(30, e.failures - free - 1);
      e.blockedUntil = now + Math.min(this.options.maxDelayMs, delay);
    }
    this.entries.delete(key); // re-insert: the map's order is the order of last failure
    this.entries.set(key, e);
    if (this.entries.size > MAX_KEYS) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

const userKey = (username: string) => `u:${username.toLowerCase()}`;
const addressKey = (address: string) => `a:${address}`;
