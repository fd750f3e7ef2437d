import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { conflictAnswerSchema } from '../background/sync-api';
import { doneSchema } from '../messaging/protocol';
import { parsePath } from '../profile/paths';
import { profileSchema } from '../profile/schema';
import { fieldName } from './field-names';
import { lang, oneLanguage } from './lang';
import { askBackground } from './TeamPanel';

// A profile two agents changed offline: each differing field with theirs and mine (and both, for a list), a choice
// per field, then the merged record is written as the one revision (the others end on every side). A field left
// without a choice keeps mine: nothing of mine is dropped by not deciding.

type Detail = NonNullable<z.infer<typeof conflictAnswerSchema>['detail']>;
type Choice = 'mine' | 'theirs' | 'both';

const json = (value: unknown) => JSON.stringify(value);
/** Both lists, mine first, each item once. */
const both = (mine: unknown, theirs: unknown): unknown[] => {
  const items = [...(Array.isArray(mine) ? mine : []), ...(Array.isArray(theirs) ? theirs : [])];
  return items.filter((item, i) => items.findIndex((other) => json(other) === json(item)) === i);
};

/** Written by hand: setAtPath writes only the format's leaf values, while a conflict may name a whole list or object. */
function setPath(root: unknown, path: string, value: unknown): void {
  const segments = parsePath(path);
  let node = root;
  segments.forEach((segment, i) => {
    if (typeof node !== 'object' || node === null) return;
    if (i === segments.length - 1) Reflect.set(node, segment, value);
    else node = Reflect.get(node, segment);
  });
}

/** Mine with the chosen fields of theirs (or both lists); `tags` and `log` are the record's, the rest the profile's. */
export function mergeChoices(detail: Detail, choices: Readonly<Record<string, Choice>>): Detail['mine']['record'] {
  const record = structuredClone(detail.mine.record);
  const tree = { ...structuredClone(record.profile), tags: record.tags, log: record.log };
  for (const d of detail.diff) {
    const choice = choices[d.path] ?? 'mine';
    if (choice === 'mine') continue;
    setPath(tree, d.path, choice === 'both' ? both(d.mine, d.theirs) : structuredClone(d.theirs));
  }
  const { tags, log, ...profile } = tree;
  return { ...record, tags, log, profile: profileSchema.parse(profile) };
}

const shown = (value: unknown): string => {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return i18n.t('conflictEmpty');
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('，');
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
};

type Props = { id: string; onClose(): void; onResolved(): void };

export function ConflictView({ id, onClose, onResolved }: Props) {
  const [detail, setDetail] = useState<Detail>();
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void askBackground({ type: 'beian:sync:conflict', id }, conflictAnswerSchema).then((answer) => {
      if (!answer.ok) return setError(oneLanguage(answer.error));
      setDetail(answer.detail);
      if (!answer.detail) onResolved();
    });
  }, [id]);

  async function save() {
    if (!detail) return;
    setBusy(true);
    const merged = mergeChoices(detail, choices);
    const answer = await askBackground({ type: 'beian:sync:resolve', id, merged }, doneSchema);
    setBusy(false);
    if (!answer.ok) return setError(i18n.t('conflictFailed', [oneLanguage(answer.error)]));
    onResolved();
  }

  if (!detail) return error ? <p id="conflict-error" role="alert">{error}</p> : null;
  const profile = detail.mine.record.profile;
  return (
    <section id="conflict-view" class="conflict-view" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{i18n.t('conflictTitle')}</h2>
      <p>{i18n.t('conflictKeepsMine')}</p>
      {error && <p id="conflict-error" role="alert">{error}</p>}
      <table class="conflict-fields">
        <thead>
          <tr>
            <th scope="col">{i18n.t('conflictField')}</th>
            <th scope="col">{i18n.t('conflictTheirs', [detail.theirs.agent])}</th>
            <th scope="col">{i18n.t('conflictMine', [detail.mine.agent])}</th>
          </tr>
        </thead>
        <tbody>
          {detail.diff.map((d, i) => {
            const name = d.path === 'tags' || d.path === 'log' ? d.path : fieldName(d.path, lang, profile);
            const choice = choices[d.path] ?? 'mine';
            const option = (value: Choice, label: string) => (
              <label>
                <input type="radio" name={`conflict-${i}`} value={value} data-path={d.path} checked={choice === value} onChange={() => setChoices({ ...choices, [d.path]: value })} />
                {label}
              </label>
            );
            return (
              <tr key={d.path} data-path={d.path}>
                <th scope="row" title={d.path}>{name}</th>
                <td>
                  <pre class="theirs">{shown(d.theirs)}</pre>
                  {option('theirs', i18n.t('conflictTheirs', [detail.theirs.agent]))}
                  {d.list && option('both', i18n.t('conflictBoth'))}
                </td>
                <td>
                  <pre class="mine">{shown(d.mine)}</pre>
                  {option('mine', i18n.t('conflictMine', [detail.mine.agent]))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" id="conflict-save" class="primary" disabled={busy} onClick={() => void save()}>{i18n.t('conflictSave')}</button>
      <button type="button" id="conflict-cancel" onClick={onClose}>{i18n.t('conflictCancel')}</button>
    </section>
  );
}

/** Above the editor of a profile in conflict: who else changed it, and the way to merge. */
export function ConflictBanner({ id, version, onOpen }: { id: string; /** Changes after a save or a sync: asked again. */ version?: string; onOpen(): void }) {
  const [theirs, setTheirs] = useState<string>();
  useEffect(() => {
    void askBackground({ type: 'beian:sync:conflict', id }, conflictAnswerSchema).then((answer) => setTheirs(answer.ok ? answer.detail?.theirs.agent : undefined));
  }, [id, version]);
  if (theirs === undefined) return null;
  return (
    <p id="conflict-banner" class="conflict-banner" role="alert">
      {i18n.t('conflictBanner', [theirs])} <button type="button" id="conflict-open" onClick={onOpen}>{i18n.t('conflictOpen')}</button>
    </p>
  );
}
