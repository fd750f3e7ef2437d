import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { exportProfileSet } from '../profile/export';
import { decryptDocument, encryptDocument, isEncryptedDocument } from './encrypted-export';

describe('encrypted export', () => {
  it('round-trips with the password, reveals nothing without it, and refuses a wrong one', async () => {
    const document = exportProfileSet([enterprise()]);
    const encrypted = await encryptDocument(document, 'export password', 1000);
    expect(isEncryptedDocument(encrypted)).toBe(true);
    expect(JSON.stringify(encrypted)).not.toContain('330106199003071236');
    expect(await decryptDocument(encrypted, 'export password')).toEqual(document);
    expect(await decryptDocument(encrypted, 'wrong password')).toBeUndefined();
  });
});
