/**
 * Chunks through a pipeline with a few in flight: `next` reads chunks one after the other (it
 * may keep a cursor), `work` handles each chunk, up to `depth` at once. While one chunk waits on
 * the render threads or the mailbox provider, the next is read and the previous one written.
 * Stops at the first error (the chunks in flight finish) and throws it.
 */
export async function inLanes<T>(
  depth: number,
  next: () => Promise<T | null>,
  work: (chunk: T) => Promise<void>,
): Promise<void> {
  let reading: Promise<unknown> = Promise.resolve();
  let done = false;
  let failure: { error: unknown } | undefined;
  const read = (): Promise<T | null> => {
    const p = reading.then(async () => {
      if (done || failure) return null;
      const chunk = await next();
      if (chunk === null) done = true;
      return chunk;
    });
    reading = p.catch(() => undefined);
    return p;
  };
  const lane = async () => {
    try {
      for (let chunk = await read(); chunk !== null && !failure; chunk = await read()) await work(chunk);
    } catch (error) {
      failure ??= { error };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, depth) }, lane));
  if (failure) throw failure.error;
}
