import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { toStored } from '../profile/store';
import { deriveKey } from '../vault/crypto';
import { docId, fingerprint, openPayload, sealPayload, toSynced, type Payload } from './envelope';

// The envelope: ciphertext only, and anything that does not decrypt or parse is told, never applied.

const key = (pass: string) => deriveKey(pass, new Uint8Array(16), 1000);
const record = toSynced({ ...toStored(enterprise(), '2026-12-07T08:00:00.000Z', 'id-1'), usedAt: '2026-12-07T09:00:00.000Z' });
const payload: Payload = { kind: 'record', agent: 'alice', at: '2026-12-07T08:00:00.000Z', trail: [], record, files: {} };

describe('envelope', () => {
  it('round-trips; reveals nothing; a wrong key, a tampered text or a foreign shape is refused with a reason', async () => {
    const k = await key('right');
    const sealed = await sealPayload(k, payload);
    expect(Object.keys(sealed).sort()).toEqual(['ct', 'iv', 'v']);
    expect(JSON.stringify(sealed)).not.toContain(enterprise().subject.name);
    const doc = { _id: docId('id-1'), _rev: '1-a', ...sealed };
    expect(await openPayload(k, doc)).toEqual({ ok: true, payload });
    expect(await openPayload(await key('wrong'), doc)).toEqual({ ok: false, reason: 'does not decrypt with the team key' });
    expect(await openPayload(k, { ...doc, ct: `A${sealed.ct.slice(1)}` })).toMatchObject({ ok: false });
    expect(await openPayload(k, { _id: 'x', name: 'plain' })).toMatchObject({ ok: false, reason: expect.stringContaining('not an encrypted document') });
    const foreign = { ...(await sealPayload(k, { ...payload, record: { ...record, profile: { nope: 1 } } } as unknown as Payload)), _id: 'x' }; // a shape this version does not know
    expect(await openPayload(k, foreign)).toMatchObject({ ok: false, reason: expect.stringContaining('does not parse') });
  });

  it('leaves this browser’s usedAt and the bytes out; the fingerprint ignores key order', async () => {
    expect('usedAt' in record).toBe(false);
    const reordered = Object.fromEntries(Object.entries(record).reverse());
    expect(await fingerprint(record, { m: 'ab' })).toBe(await fingerprint({ ...record, ...reordered }, { m: 'ab' }));
    expect(await fingerprint(record, { m: 'ab' })).not.toBe(await fingerprint(record, { m: 'ac' }));
  });
});
