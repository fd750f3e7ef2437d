import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { exportProfileSet } from './export';
import { importInSlices } from './import-chunked';
import { openStore, planImport, profileStore } from './store';

// A long import is cancellable at every stage, and a cancelled import stores nothing.

let n = 0;
const fresh = () => profileStore(openStore(`import-cancel-${++n}`), () => new Date('2026-12-01T08:00:00Z'));
const many = (count: number) =>
  Array.from({ length: count }, (_, i) => {
    const p = enterprise();
    p.label = `客户 ${i}`;
    return p;
  });

describe('cancellable import', () => {
  it('reads a profile set a slice at a time, reporting counts up to the total', async () => {
    const seen: [number, number][] = [];
    const result = await importInSlices(JSON.stringify(exportProfileSet(many(7))), { slice: 3, onProgress: (done, total) => seen.push([done, total]) });
    expect(result.ok && result.profiles.map((p) => p.label)).toEqual(many(7).map((p) => p.label));
    expect(seen).toEqual([[0, 7], [3, 7], [6, 7], [7, 7]]);
  });

  it('names a bad profile by its index in the whole set, not in its slice', async () => {
    const set = JSON.parse(JSON.stringify(exportProfileSet(many(5)))) as { profiles: Record<string, unknown>[] };
    set.profiles[4]!.favouriteColour = 'blue';
    const result = await importInSlices(JSON.stringify(set), { slice: 2 });
    expect(!result.ok && 'errors' in result && result.errors.map((e) => e.path)).toEqual(['profiles[4].favouriteColour']);
  });

  it('a read cancelled half-way answers "cancelled" and stores nothing', async () => {
    const store = fresh();
    const controller = new AbortController();
    const result = await importInSlices(JSON.stringify(exportProfileSet(many(10))), {
      slice: 2,
      signal: controller.signal,
      onProgress: (done) => done >= 4 && controller.abort(),
    });
    expect(result).toEqual({ ok: false, cancelled: true });
    expect(await store.list()).toEqual([]);
  });

  it('a write cancelled while records are prepared rejects with AbortError and stores nothing', async () => {
    const store = fresh();
    await store.put(enterprise());
    const before = await store.list();
    const plan = planImport(many(600), before, '2026-12-01T08:00:00Z');
    const controller = new AbortController();
    const progress: number[] = [];
    const write = store.apply(plan.add, {
      signal: controller.signal,
      onProgress: (done) => {
        progress.push(done);
        if (done > 0) controller.abort();
      },
    });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress.at(-1)).toBeLessThan(600); // stopped part-way, not after the work was done
    expect(await store.list()).toEqual(before);
    expect(await store.summaries()).toHaveLength(1);
  });

  it('a cancel that comes while the transaction is open aborts it: nothing of it is stored', async () => {
    const store = fresh();
    const plan = planImport(many(300), [], '2026-12-01T08:00:00Z');
    const controller = new AbortController();
    const write = store.apply(plan.add, {
      signal: controller.signal,
      // The last slice is prepared: the transaction opens on the next turn; the cancel lands while it is open.
      onProgress: (done, total) => done === total && queueMicrotask(() => setTimeout(() => controller.abort(), 0)),
    });
    const outcome = await write.then(
      () => 'stored',
      (error: unknown) => (error instanceof DOMException ? error.name : String(error)),
    );
    expect(outcome).toBe('AbortError');
    expect(await store.list()).toEqual([]);
    expect(await store.summaries()).toEqual([]);
  });

  it('without a cancel, the whole plan is stored in one go', async () => {
    const store = fresh();
    const plan = planImport(many(300), [], '2026-12-01T08:00:00Z');
    await store.apply(plan.add, { signal: new AbortController().signal, onProgress: () => undefined });
    expect(await store.list()).toHaveLength(300);
  });
});
