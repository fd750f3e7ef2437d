// Work over thousands of stored profiles a slice at a time, as export does: the page paints a moving bar and takes a
// Cancel click between slices instead of freezing until the end.

import { SLICE, yieldToEvents } from '../profile/yield';

export type SliceOptions = { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; size?: number };


/** Maps every id (skipping those that give undefined, such as records deleted meanwhile); rejects with an AbortError on cancel. */
export async function mapInSlices<R>(ids: readonly string[], work: (id: string) => Promise<R | undefined>, { signal, onProgress, size = SLICE }: SliceOptions = {}): Promise<R[]> {
  const results: R[] = [];
  onProgress?.(0, ids.length);
  for (let start = 0; start < ids.length; start += size) {
    signal?.throwIfAborted();
    const slice = await Promise.all(ids.slice(start, start + size).map(work));
    for (const r of slice) if (r !== undefined) results.push(r);
    onProgress?.(Math.min(start + size, ids.length), ids.length);
    await yieldToEvents();
  }
  signal?.throwIfAborted();
  return results;
}
