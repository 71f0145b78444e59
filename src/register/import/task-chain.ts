/**
 * Work for the one connection of an import, run one task after another in the order given, while
 * the parser goes on reading. The first failure is kept (later tasks are skipped) and rethrown by
 * `check` or `drain`, so it is never lost.
 */
export class TaskChain {
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown;
  /** Bytes handed to queued tasks and not yet written, for backpressure. */
  queued = 0;

  /** Not awaited on purpose: the caller goes on while the database works. */
  enqueue(task: () => Promise<void>) {
    this.chain = this.chain.then(async () => {
      if (this.failure !== undefined) return;
      try {
        await task();
      } catch (error) {
        this.failure = error;
      }
    });
  }

  /** Throws the first failure, if any. */
  check() {
    if (this.failure !== undefined) throw this.failure;
  }

  async drain() {
    await this.chain;
    this.check();
  }
}
