import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { blobSource, readPackage, type PackageReport } from '../package';
import type { AppPlatform } from '../profile/schema';
import { lang } from './lang';

// A platform row's drop zone: the APK, IPA, HAP or certificate file itself gives 包名, 公钥 and 签名MD5/SHA-1, read in
// this page by offset (a 200 MB APK is never loaded whole) — no typing from a chat message, no JadxGUI.

const ACCEPT = '.apk,.ipa,.hap,.app,.cer,.crt,.pem,.der,.p7b';

type Props = { id: string; platform: AppPlatform; onRead: (next: AppPlatform) => void };

/** What the package says, over the row: a field it does not know (a bare certificate's package name) keeps its value. */
export function applyReport(platform: AppPlatform, report: Extract<PackageReport, { ok: true }>): AppPlatform {
  return {
    ...platform,
    ...(report.platform && { platform: report.platform }),
    ...(report.packageName && { packageName: report.packageName }),
    ...(report.publicKey && { publicKey: report.publicKey }),
    ...(report.fingerprint && { fingerprint: report.fingerprint }),
  };
}

export function PackageDrop({ id, platform, onRead }: Props) {
  const [state, setState] = useState<{ reading?: string; report?: PackageReport }>({});
  const [over, setOver] = useState(false);
  const read = async (file: File | undefined) => {
    if (!file) return;
    setState({ reading: file.name });
    const report = await readPackage(blobSource(file), file.name);
    setState({ report });
    if (report.ok) onRead(applyReport(platform, report));
  };
  const report = state.report;
  return (
    <div
      class={`package-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void read(e.dataTransfer?.files[0]);
      }}
    >
      <label for={id}>{i18n.t('packageDrop')}</label>
      <input id={id} type="file" accept={ACCEPT} onChange={(e) => void read(e.currentTarget.files?.[0])} />
      <p role="status" class="package-status">
        {state.reading && i18n.t('packageReading', [state.reading])}
        {report && !report.ok && <span class="error">{report.error}</span>}
        {report?.ok && i18n.t('packageRead', report.signers.length)}
      </p>
      {report?.ok && (
        <>
          {report.warnings.length > 0 && (
            <ul class="findings">
              {report.warnings.map((w, i) => (
                <li key={i} class="warning">
                  {w[lang]}
                </li>
              ))}
            </ul>
          )}
          {report.signers.length > 1 && (
            <ul class="signers">
              {report.signers.map((s, i) => (
                <li key={i}>
                  <code>{s.scheme}</code> <span lang="en">{s.subject}</span> · <code>{s.fingerprint}</code> · {s.notAfter.slice(0, 10)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
