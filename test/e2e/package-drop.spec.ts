import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apksignerVerify, makeKey, makeUnsignedApk, opensslFacts, signApk, workdir } from '../../src/package/testing/build-packages';
import { expect, test } from './fixtures';

// The agent drops the client's APK on a platform row of the options page: the row holds the package name, the public
// key and the signing MD5 the package itself says — each checked against apksigner and openssl, not our reader.

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const PROFILE = readFileSync('test/fixtures/v2/valid-enterprise-app-mini.json', 'utf8');

test('an APK dropped on a platform row fills its package name, public key and signing MD5', async ({ api: options }) => {
  const dir = workdir();
  const key = makeKey(dir, 'release', 'CN=Yunqi Release, O=Hangzhou Yunqi, C=CN');
  const apk = signApk(makeUnsignedApk(dir, 'com.yunqi.ledger.drop'), join(dir, 'signed.apk'), [key], { v1: false, v2: true, v3: false });
  const [signer] = apksignerVerify(apk);
  const facts = opensslFacts(key.certificate);
  expect(signer?.md5).toBe(facts.md5);

  await options.evaluate((doc) => chrome.runtime.sendMessage({ type: 'icp:profiles:import', document: doc }), PROFILE);
  await options.reload();
  await options.click('#profile-list .row');
  const row = options.locator('fieldset.platform').first();
  await expect(row.locator('input[name="apps[0].platforms[0].packageName"]')).toHaveValue('com.yunqi.ledger');

  // A drop as the browser delivers it: a File in a DataTransfer, on the row's drop zone.
  const bytes = [...readFileSync(apk)];
  await row.locator('.package-drop').evaluate((zone, data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'signed.apk', { type: 'application/vnd.android.package-archive' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);

  await expect(row.locator('input[name="apps[0].platforms[0].packageName"]')).toHaveValue('com.yunqi.ledger.drop');
  await expect(row.locator('input[name="apps[0].platforms[0].fingerprint"]')).toHaveValue(facts.md5);
  await expect(row.locator('textarea[name="apps[0].platforms[0].publicKey"]')).toHaveValue(facts.publicKey);
  await expect(row.locator('.package-status')).not.toBeEmpty();

  // The APP and mini-program sections pass the same audit as the rest of the editor, in both colour schemes.
  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: options }).include('.editor').analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${colorScheme} ${v.id}: ${n.target.join(' ')}`));
    expect(serious).toEqual([]);
  }
});
