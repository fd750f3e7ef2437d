import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { mergedLimit, PORTAL_NAMES, type PortalId } from '../materials/limits';
import { composeIdPair, prepareImage, PrepareError, type PreparedImage } from '../materials/prepare';
import { MATERIAL_KINDS, type Material, type Profile } from '../profile/schema';
import type { Finding, Text } from '../rules/define-rule';
import { FieldRow, Findings, type Change } from './FieldRow';
import { SeverityIcon } from './icons';
import { say } from './lang';
import { factsOf } from './material-bytes';
import { KIND_NAMES, kindName, ownerChoices, pixelsText, sizeText, WORDS, type NewBytes } from './materials-model';

// One material: its thumbnail and facts, kind, owner and validity, its findings, and — for an image — "fit for a
// portal" and (on a 人像面 whose owner has a 国徽面) "compose both sides", each previewed before anything changes.

const isImage = (type: string) => type === 'image/jpeg' || type === 'image/png';

/** An object URL of the bytes for as long as the image shows them; revoked when they change or the card goes. */
function useObjectUrl(bytes: Uint8Array<ArrayBuffer> | Blob | undefined, type: string): string | undefined {
  const url = useMemo(() => (bytes ? URL.createObjectURL(bytes instanceof Blob ? bytes : new Blob([bytes], { type })) : undefined), [bytes, type]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function Thumbnail({ bytes, type, name }: { bytes: Uint8Array<ArrayBuffer> | Blob | undefined; type: string; name: string }) {
  const url = useObjectUrl(bytes && isImage(type) ? bytes : undefined, type);
  if (url) return <img class="material-thumb" src={url} alt={`${say(WORDS.thumbnail)}${name}`} />;
  return (
    <span class="material-thumb material-thumb-none" aria-hidden="true">
      {type === 'application/pdf' ? 'PDF' : '—'}
    </span>
  );
}


type Preview = { what: 'fit' | 'compose'; title: Text; result: PreparedImage };

const VALID_UNTIL = { key: 'validUntil', label: WORDS.validUntil, kind: 'date' as const, hint: WORDS.validUntilHint };

type Props = {
  material: Material;
  index: number;
  profile: Profile;
  /** Every finding on this material, profile-level and from its bytes. */
  findings: readonly Finding[];
  /** The bytes, when they are in the page; undefined while loading or when the file is not stored here. */
  bytes?: Uint8Array<ArrayBuffer>;
  missing: boolean;
  portals: readonly PortalId[];
  /** The 国徽面 to compose with, when this is the owner's first 人像面 and a 国徽面 is on file. */
  back?: { material: Material; bytes?: Uint8Array<ArrayBuffer> };
  onChange: Change;
  onRemove: () => void;
  onReplace: (next: NewBytes) => void;
  onCompose: (next: NewBytes) => void;
};

export function MaterialCard({ material, index: i, profile, findings, bytes, missing, portals, back, onChange, onRemove, onReplace, onCompose }: Props) {
  const path = `materials[${i}]`;
  const [portal, setPortal] = useState<PortalId>(portals[0] ?? 'aliyun');
  const [preview, setPreview] = useState<Preview>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Text>();
  const owners = ownerChoices(profile);
  const validity = `${path}.validUntil`;
  const own = findings.filter((f) => f.path !== validity);
  const image = isImage(material.type) && bytes !== undefined;

  async function run(what: Preview['what'], title: Text, work: () => Promise<PreparedImage>) {
    setBusy(true);
    setProblem(undefined);
    setPreview(undefined);
    try {
      setPreview({ what, title, result: await work() });
    } catch (error) {
      setProblem(error instanceof PrepareError ? error.text : { zh: String(error), en: String(error) });
    } finally {
      setBusy(false);
    }
  }
  const fit = () =>
    bytes && run('fit', { zh: `${WORDS.fit.zh}${PORTAL_NAMES[portal].zh}`, en: `${WORDS.fit.en} for ${PORTAL_NAMES[portal].en}` }, () => prepareImage(new Blob([bytes], { type: material.type }), mergedLimit(portal, material.kind), { kind: material.kind }));
  const compose = () =>
    bytes &&
    back?.bytes &&
    run('compose', WORDS.compose, () => composeIdPair(new Blob([bytes], { type: material.type }), new Blob([back.bytes!], { type: back.material.type }), mergedLimit(portal, material.kind)));
  async function accept() {
    if (!preview) return;
    const next = await factsOf(preview.result.blob, preview.result.width, preview.result.height);
    setPreview(undefined);
    if (preview.what === 'fit') onReplace(next);
    else onCompose(next);
  }

  const id = (part: string) => `material-${i}-${part}`;
  return (
    <article class={`material-card field${findings.some((f) => f.severity === 'error') ? ' has-error' : ''}`} data-path={path} data-material={material.id} aria-labelledby={id('name')}>
      <div class="material-media">
        <Thumbnail bytes={bytes} type={material.type} name={material.name} />
      </div>
      <div class="material-body">
        <h3 class="material-name" id={id('name')}>
          <span class="data">{material.name || say(WORDS.file)}</span>
        </h3>
        <dl class="material-facts">
          <div>
            <dt>{say(WORDS.type)}</dt>
            <dd class="material-type">{material.type || '—'}</dd>
          </div>
          <div>
            <dt>{say(WORDS.size)}</dt>
            <dd class="material-size" data-bytes={material.size}>{sizeText(material.size)}</dd>
          </div>
          <div>
            <dt>{say(WORDS.pixels)}</dt>
            <dd class="material-pixels">{pixelsText(material.width, material.height) || '—'}</dd>
          </div>
        </dl>
        {missing && <p class="material-missing warning">{say(WORDS.notStored)}</p>}
        <div class="field" data-path={`${path}.kind`}>
          <label class="field-label" for={id('kind')}>{say(WORDS.kind)}</label>
          <div class="field-control">
            <select id={id('kind')} name={`${path}.kind`} value={material.kind} onChange={(e) => onChange(`${path}.kind`, e.currentTarget.value)}>
              {!(MATERIAL_KINDS as readonly string[]).includes(material.kind) && <option value={material.kind}>{say(kindName(material.kind))}</option>}
              {MATERIAL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {say(KIND_NAMES[k])}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field" data-path={`${path}.owner`}>
          <label class="field-label" for={id('owner')}>{say(WORDS.owner)}</label>
          <div class="field-control">
            <select id={id('owner')} name={`${path}.owner`} value={material.owner} onChange={(e) => onChange(`${path}.owner`, e.currentTarget.value)}>
              {!owners.some((o) => o.path === material.owner) && <option value={material.owner}>{material.owner || '—'}</option>}
              {owners.map((o) => (
                <option key={o.path} value={o.path}>
                  {say(o.label)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FieldRow field={VALID_UNTIL} path={validity} profile={profile} findings={findings} onChange={onChange} />
        <Findings findings={own} />
        <div class="material-actions">
          {image && (
            <>
              <label for={id('portal')}>{say(WORDS.fitFor)}</label>
              <select id={id('portal')} value={portal} onChange={(e) => setPortal(portals.find((p) => p === e.currentTarget.value) ?? portal)}>
                {portals.map((p) => (
                  <option key={p} value={p}>
                    {say(PORTAL_NAMES[p])}
                  </option>
                ))}
              </select>
              <button type="button" class="material-fit" disabled={busy} onClick={() => void fit()}>
                {say(WORDS.fit)}
              </button>
              {back?.bytes && (
                <button type="button" class="material-compose" disabled={busy} onClick={() => void compose()}>
                  {say(WORDS.compose)}
                </button>
              )}
            </>
          )}
          <button type="button" class="material-remove" onClick={onRemove}>
            {say(WORDS.remove)}
          </button>
        </div>
        <p class="material-status" role="status">
          {busy && say(WORDS.preparing)}
          {problem && <span class="error">{say(problem)}</span>}
        </p>
        {preview && <PreviewPanel id={id('preview')} material={material} preview={preview} onAccept={() => void accept()} onCancel={() => setPreview(undefined)} />}
      </div>
    </article>
  );
}

function PreviewPanel({ id, material, preview, onAccept, onCancel }: { id: string; material: Material; preview: Preview; onAccept: () => void; onCancel: () => void }) {
  const { result } = preview;
  return (
    <section class="material-preview" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {say(WORDS.previewOf)}
        {say(preview.title)}
      </h4>
      <div class="material-compare">
        <div>
          <h5>{say(WORDS.before)}</h5>
          <p class="preview-before">
            {sizeText(material.size)} · {pixelsText(material.width, material.height) || '—'}
          </p>
        </div>
        <div>
          <h5>{say(WORDS.after)}</h5>
          <Thumbnail bytes={result.blob} type={result.type} name={say(WORDS.after)} />
          <p class="preview-after" data-bytes={result.blob.size}>
            {sizeText(result.blob.size)} · {pixelsText(result.width, result.height)} · {result.type}
          </p>
        </div>
      </div>
      <p class={result.fits ? 'preview-fits' : 'preview-fits warning'}>{say(result.fits ? WORDS.fits : WORDS.notFits)}</p>
      <h5>{say(WORDS.steps)}</h5>
      <ol class="preview-steps">
        {result.steps.map((s, k) => (
          <li key={k}>{say(s)}</li>
        ))}
      </ol>
      {result.warnings.length > 0 && (
        <ul class="findings">
          {result.warnings.map((w, k) => (
            <li key={k} class="warning">
              <SeverityIcon severity="warning" title={i18n.t('severityWarning')} /> {say(w)}
            </li>
          ))}
        </ul>
      )}
      {preview.what === 'compose' && <p class="hint">{say(WORDS.composedNote)}</p>}
      <div class="preview-actions">
        <button type="button" class="primary preview-accept" onClick={onAccept}>
          {say(preview.what === 'fit' ? WORDS.replace : WORDS.addCopy)}
        </button>
        <button type="button" class="preview-cancel" onClick={onCancel}>
          {say(WORDS.cancel)}
        </button>
      </div>
    </section>
  );
}
