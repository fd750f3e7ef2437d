import { copyFileSync, readFileSync } from 'node:fs';
import { expect, fixtureProfile, send, test } from './fixtures';

// The vault on and locked: a scan of every IndexedDB store and of extension storage finds no ID number, phone or
// name of any stored profile; a wrong passphrase changes nothing; the right one brings everything back.

declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } };

const SECRETS = ['330106199003071236', '13905710000', '王小明', '杭州云栖示例科技有限公司', '赵磊'];

test('vault on and locked: nothing readable at rest; unlock with the right passphrase only', async ({ api }) => {
  const profiles = [fixtureProfile('valid-enterprise.json'), fixtureProfile('valid-personal.json')];
  expect(await send(api, { type: 'icp:profiles:import', document: { format: 'icp-filing-profile-set', version: 1, profiles } })).toMatchObject({ ok: true, imported: 2 });
  // A draft being typed and a deleted record waiting for undo, as the editor leaves them.
  await api.evaluate(async (p) => chrome.storage.local.set({ 'editor:draft': { profile: p, at: '2026-12-01' }, 'editor:lastDeleted': { record: { profile: p }, at: Date.now() } }), profiles[0]);

  expect(await send(api, { type: 'icp:vault:status' })).toEqual({ ok: true, encrypted: false, locked: false });
  expect(await send(api, { type: 'icp:vault:enable', passphrase: 'short' })).toMatchObject({ ok: false, error: expect.stringContaining('passphrase') });
  expect(await send(api, { type: 'icp:vault:enable', passphrase: 'correct horse battery staple' })).toEqual({ ok: true });
  expect(await send(api, { type: 'icp:vault:lock' })).toEqual({ ok: true });
  expect(await send(api, { type: 'icp:vault:status' })).toEqual({ ok: true, encrypted: true, locked: true });

  const atRest = await api.evaluate(async () => {
    const out: unknown[] = [await chrome.storage.local.get(null)];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        out.push(await new Promise((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        }));
      }
      db.close();
    }
    return JSON.stringify(out);
  });
  expect(atRest.length).toBeGreaterThan(1000);
  for (const secret of SECRETS) expect(atRest, secret).not.toContain(secret);

  expect(await send(api, { type: 'icp:profiles:list' })).toMatchObject({ ok: false, error: expect.stringContaining('locked') });
  expect(await send(api, { type: 'icp:vault:unlock', passphrase: 'wrong one' })).toMatchObject({ ok: false, error: expect.stringContaining('wrong passphrase') });
  expect(await send(api, { type: 'icp:vault:unlock', passphrase: 'correct horse battery staple' })).toEqual({ ok: true });
  const listed = await send<{ ok: boolean; profiles: { label: string }[] }>(api, { type: 'icp:profiles:list' });
  expect(listed.profiles.map((p) => p.label).sort()).toEqual(['云栖示例 · 官网首次备案', '赵磊 · 个人博客'].sort());
});

test('an encrypted backup hides every value, restores with its password, and refuses a wrong one', async ({ api: options }) => {
  await send(options, { type: 'icp:profiles:import', document: fixtureProfile('valid-enterprise.json') });
  await options.reload();
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  // The password is typed in the page's own masked fields (twice), never in a window.prompt().
  const prompts: string[] = [];
  options.on('dialog', (dialog) => (prompts.push(dialog.type()), void dialog.dismiss()));
  await options.click('#export-encrypted');
  await expect(options.locator('#password-input')).toHaveAttribute('type', 'password');
  await options.fill('#password-input', 'backup password');
  await options.fill('#password-repeat', 'not the same');
  await expect(options.locator('#password-mismatch')).toBeVisible();
  await expect(options.locator('#password-ok')).toBeDisabled();
  await options.fill('#password-repeat', 'backup password');
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#password-ok')]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('beian-assistant-encrypted');
  for (const secret of SECRETS.slice(0, 4)) expect(text).not.toContain(secret);

  await options.click('#profile-list .row');
  await options.click('#delete');
  await expect(options.locator('#profile-list .row')).toHaveCount(0);
  await options.setInputFiles('#import-file', path);
  await options.fill('#password-input', 'not the password');
  await options.click('#password-ok');
  await expect(options.locator('#import-errors')).toContainText(/Wrong password|密码不正确/);
  await options.locator('#import-errors button').click();
  // The same file chosen again is no change to the file input: choose it under another name.
  const again = `${path}-again.json`;
  copyFileSync(path, again);
  await options.setInputFiles('#import-file', again);
  await options.fill('#password-input', 'backup password');
  await options.press('#password-input', 'Enter');
  await expect(options.locator('#import-preview .import-add li')).toHaveCount(1);
  await options.click('#import-confirm');
  await expect(options.locator('#profile-list .row')).toHaveCount(1);
  expect(prompts).toEqual([]);
});
