// Issue #22 (throughput): the access log's group commit answers a read only after its row's INSERT.
import { describe, expect, it } from 'vitest';
import { AccessLogBatcher, type AccessRow, MAX_BATCH_ROWS } from './access-log-batch';

const row = (person_id: number): AccessRow => ({ actor: 'a', person_id, purpose: 'view', what: 'person' });

describe('AccessLogBatcher', () => {
  it('writes the rows of reads that arrive together in one INSERT, and resolves each after it', async () => {
    const writes: number[][] = [];
    let release = () => {};
    const batcher = new AccessLogBatcher(async (rows) => {
      writes.push(rows.map((r) => r.person_id));
      await new Promise<void>((r) => {
        release = r;
      });
    });
    const done: number[] = [];
    const reads = [1, 2, 3].map((id) => batcher.add([row(id)]).then(() => done.push(id)));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([[1, 2, 3]]);
    expect(done).toEqual([]); // not committed yet: nobody is answered
    // Reads arriving while the INSERT is in flight wait for the next one.
    const later = batcher.add([row(4), row(5)]).then(() => done.push(4));
    release();
    await Promise.all(reads);
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    release();
    await later;
    expect(done).toEqual([1, 2, 3, 4]);
  });

  it('fails every read of a failed INSERT and goes on with the next', async () => {
    let fail = true;
    const batcher = new AccessLogBatcher(async () => {
      if (fail) throw new Error('disk full');
    });
    const results = await Promise.allSettled([batcher.add([row(1)]), batcher.add([row(2)])]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(batcher.add([row(3)])).resolves.toBeUndefined();
  });

  it('splits a backlog into INSERTs of at most MAX_BATCH_ROWS rows, never splitting one read', async () => {
    const sizes: number[] = [];
    const batcher = new AccessLogBatcher(async (rows) => {
      sizes.push(rows.length);
    });
    const big = Array.from({ length: MAX_BATCH_ROWS - 10 }, (_, i) => row(i));
    await Promise.all([batcher.add(big), batcher.add(Array.from({ length: 20 }, (_, i) => row(i)))]);
    expect(sizes).toEqual([MAX_BATCH_ROWS - 10, 20]);
  });
});
