import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { openStore, profileStore } from '../../src/profile/store';
import { checkSheetOf, sheetAddress, type CheckSheet, type CheckSheetResult } from '../../src/ui/check-sheet-model';
import { oneLanguage, say } from '../../src/ui/lang';
import { useVaultStatus } from '../../src/ui/use-vault-status';
import { VaultPanel } from '../../src/ui/VaultPanel';
import { sessionKeys } from '../../src/vault/session';

const store = profileStore(openStore(), undefined, sessionKeys());
const address = sheetAddress(location.search);

type Loaded = CheckSheetResult | { ok: false; missing: true } | { ok: false; error: string };

/** The sheet as the form is laid out (seed 004, seed 002 §3 item 4): always in Chinese, the language of the form. */
function Sheet({ sheet }: { sheet: CheckSheet }) {
  return (
    <article class="sheet" lang="zh-CN" aria-labelledby="sheet-title">
      <h1 id="sheet-title">网站备案信息真实性核验单</h1>
      <table class="sheet-table">
        <tbody>
          <tr>
            <th colSpan={2} scope="colgroup" class="sheet-part">
              网站主办者填写
            </th>
          </tr>
          <tr>
            <th scope="row">网站主办者名称</th>
            <td id="sheet-subject-name">{sheet.subjectName}</td>
          </tr>
          <tr>
            <th scope="row">
              网站域名
              <small>（不含 www.）</small>
            </th>
            <td id="sheet-domains">
              {sheet.domains.map((domain) => (
                <div key={domain} class="sheet-domain">
                  {domain}
                </div>
              ))}
            </td>
          </tr>
          <tr>
            <th scope="row">
              网站负责人签字
              <small>{sheet.personal ? '（签字并按手印）' : '（签字，并在签名上加盖单位公章）'}</small>
            </th>
            <td class="sheet-sign" />
          </tr>
          <tr>
            <th scope="row">日期</th>
            <td class="sheet-date">年　　　月　　　日</td>
          </tr>
          <tr>
            <th colSpan={2} scope="colgroup" class="sheet-part">
              核验人填写（接入服务商）
            </th>
          </tr>
          <tr>
            <th scope="row">核验人签字及单位盖章</th>
            <td class="sheet-sign" />
          </tr>
          <tr>
            <th scope="row">日期</th>
            <td class="sheet-date">年　　　月　　　日</td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

export function App() {
  const vault = useVaultStatus(store.vault);
  const [loaded, setLoaded] = useState<Loaded>();
  // A lock anywhere empties the page at once: only the unlock form is left; an unlock reads the profile again.
  useEffect(() => {
    if (!vault) return;
    if (vault.locked) return setLoaded(undefined);
    store.get(address.profile).then(
      (record) => setLoaded(record ? checkSheetOf(record.profile, address.service) : { ok: false, missing: true }),
      (error: unknown) => setLoaded({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  }, [vault?.locked]);

  if (!vault || vault.locked) {
    return (
      <main class="check-sheet-page">
        <VaultPanel vault={store.vault} compact />
      </main>
    );
  }
  return (
    <main class="check-sheet-page">
      {loaded && !loaded.ok && (
        <p id="sheet-error" role="alert">
          {'missing' in loaded ? i18n.t('checkSheetNoProfile') : 'error' in loaded ? oneLanguage(loaded.error) : say(loaded.reason)}
        </p>
      )}
      {loaded?.ok && (
        <>
          <section class="screen-only sheet-howto" aria-label={i18n.t('checkSheetTitle')}>
            <button id="print" type="button" class="primary" onClick={() => window.print()}>
              {i18n.t('checkSheetPrint')}
            </button>
            <p>{i18n.t('checkSheetHowTo')}</p>
            <p>{i18n.t('checkSheetValidity')}</p>
            {loaded.sheet.headName && <p id="sheet-signer">{i18n.t('checkSheetSigner', [loaded.sheet.headName])}</p>}
            {loaded.sheet.domains.length === 0 && (
              <p id="sheet-no-domain" role="alert">
                {i18n.t('checkSheetNoDomain')}
              </p>
            )}
          </section>
          <Sheet sheet={loaded.sheet} />
        </>
      )}
    </main>
  );
}
