import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { getAtPath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import { citiesOf, countiesOf, findProvince, provinces } from '../rules/data/divisions';
import type { Finding } from '../rules/define-rule';
import type { EditorField } from './editor-model';
import { splitList } from './editor-model';
import { SeverityIcon } from './icons';
import { lang, say } from './lang';
import { groupsToDraw } from './option-groups';

// One editor row: label, control, and the findings for exactly this field (and its list items) underneath.

export type Change = (path: string, value: unknown) => void;

export const isUnder = (path: string, field: string) => path === field || path.startsWith(`${field}[`) || path.startsWith(`${field}.`);

export function Findings({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul class="findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} class={f.severity} data-rule={f.rule} data-path={f.path} title={f.source ? `${f.rule} — ${f.source}` : f.rule}>
          <SeverityIcon severity={f.severity} title={i18n.t(f.severity === 'error' ? 'severityError' : 'severityWarning')} /> {f.message[lang]}
        </li>
      ))}
    </ul>
  );
}

function ListInput({ id, path, value, onChange }: { id: string; path: string; value: readonly string[]; onChange: Change }) {
  // Keep what is typed (a trailing comma, a half IP) while the profile gets the parsed list.
  const [raw, setRaw] = useState(value.join('\n'));
  const parsed = splitList(raw, path);
  const shown = parsed.join('\n') === value.join('\n') ? raw : value.join('\n');
  return (
    <textarea
      id={id}
      name={path}
      rows={Math.max(1, value.length)}
      value={shown}
      onInput={(e) => {
        setRaw(e.currentTarget.value);
        onChange(path, splitList(e.currentTarget.value, path));
      }}
    />
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The portals' word for a document with no end date. */
const LONG_TERM = '长期';

/**
 * Every date of the editor: a date control, with a 长期 box beside it where the profile format allows one (as the
 * portals lay it). A value the date control cannot show (an imported "2040.03.07") stays in a text box, to be seen
 * and corrected rather than blanked.
 */
function DateInput({ id, path, value, longTerm, onChange }: { id: string; path: string; value: string; longTerm: boolean; onChange: Change }) {
  const isLong = longTerm && value === LONG_TERM;
  const shows = isLong || value === '' || ISO_DATE.test(value);
  return (
    <span class="date-input">
      {shows ? (
        <input id={id} name={path} type="date" value={isLong ? '' : value} disabled={isLong} onInput={(e) => onChange(path, e.currentTarget.value)} />
      ) : (
        <input id={id} name={path} type="text" value={value} onInput={(e) => onChange(path, e.currentTarget.value)} />
      )}
      {longTerm && (
        <label class="long-term">
          <input type="checkbox" name={`${path}LongTerm`} checked={isLong} onChange={(e) => onChange(path, e.currentTarget.checked ? LONG_TERM : '')} />
          {i18n.t('validLongTerm')}
        </label>
      )}
    </span>
  );
}

function RegionInput({ id, path, profile, onChange }: { id: string; path: string; profile: Profile; onChange: Change }) {
  const region = profile.subject.region;
  const province = findProvince(region.province);
  const cities = province ? citiesOf(province.code) : [];
  const city = cities.find((c) => c.name === region.city);
  const counties = city ? countiesOf(city.code) : [];
  const set = (next: Partial<typeof region>) => onChange(path, { ...region, ...next });
  const choose = (name: string, label: string, list: { name: string }[], value: string, pick: (v: string) => void, selectId?: string) => (
    <select id={selectId} name={name} aria-label={label} value={value} onChange={(e) => pick(e.currentTarget.value)}>
      <option value="">—</option>
      {value && !list.some((d) => d.name === value) && <option value={value}>{value}</option>}
      {list.map((d) => (
        <option key={d.name} value={d.name} lang="zh-CN">
          {d.name}
        </option>
      ))}
    </select>
  );
  return (
    <span class="region">
      {choose(`${path}.province`, i18n.t('regionProvince'), provinces, region.province, (v) => set({ province: v, city: '', county: '' }), id)}
      {choose(`${path}.city`, i18n.t('regionCity'), cities, region.city, (v) => set({ city: v, county: '' }))}
      {choose(`${path}.county`, i18n.t('regionCounty'), counties, region.county, (v) => set({ county: v }))}
    </span>
  );
}

export function FieldRow({ field, path, profile, findings, onChange }: { field: EditorField; path: string; profile: Profile; findings: readonly Finding[]; onChange: Change }) {
  const value = getAtPath(profile, path);
  const mine = findings.filter((f) => isUnder(f.path, path));
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? (value as string[]) : [];
  // The row's label names its control; a path is unique on the page, so it makes the id.
  const id = `field-${path}`;
  let control;
  switch (field.kind) {
    case 'textarea':
      control = <textarea id={id} name={path} value={text} onInput={(e) => onChange(path, e.currentTarget.value)} />;
      break;
    case 'select': {
      const options = field.options?.(profile) ?? [];
      control = (
        <select id={id} name={path} value={text} onChange={(e) => onChange(path, e.currentTarget.value)}>
          <option value="">—</option>
          {text && !options.includes(text) && <option value={text} class="data">{text}</option>}
          {options.map((o) => (
            <option key={o} value={o} lang="zh-CN">
              {o}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'list':
      control = <ListInput key={path} id={id} path={path} value={list} onChange={onChange} />;
      break;
    case 'multi': {
      const boxes = (items: readonly string[]) => (
        <div class="multi-grid">
          {items.map((o) => (
            <label key={o}>
              <input type="checkbox" name={path} value={o} checked={list.includes(o)} onChange={(e) => onChange(path, e.currentTarget.checked ? [...list, o] : list.filter((x) => x !== o))} />
              <span lang="zh-CN">{o}</span>
            </label>
          ))}
        </div>
      );
      control = (
        <div class="multi" role="group" aria-labelledby={`${id}-label`}>
          {groupsToDraw(field.groups, field.options?.(profile) ?? [], list).map((group) =>
            group.label ? (
              <fieldset key={group.label.en} class="multi-group">
                <legend>{say(group.label)}</legend>
                {boxes(group.items)}
              </fieldset>
            ) : (
              boxes(group.items)
            ),
          )}
        </div>
      );
      break;
    }
    case 'date':
      control = <DateInput id={id} path={path} value={text} longTerm={field.longTerm === true} onChange={onChange} />;
      break;
    case 'flag':
      control = <input id={id} name={path} type="checkbox" checked={value === true} onChange={(e) => onChange(path, e.currentTarget.checked)} />;
      break;
    case 'region':
      control = <RegionInput id={id} path={path} profile={profile} onChange={onChange} />;
      break;
    default:
      control = <input id={id} name={path} type="text" value={text} onInput={(e) => onChange(path, e.currentTarget.value)} />;
  }
  return (
    <div class={`field${mine.some((f) => f.severity === 'error') ? ' has-error' : ''}`} data-path={path}>
      <label class="field-label" id={`${id}-label`} for={field.kind === 'multi' ? undefined : id}>
        {say(field.label)}
      </label>
      <div class="field-control">
        {control}
        {field.hint && (
          <small class="hint">
            {say(field.hint)}
            {field.portalValue && (
              <>
                {' '}
                <q lang="zh-CN">{field.portalValue}</q>
              </>
            )}
          </small>
        )}
        <Findings findings={mine} />
      </div>
    </div>
  );
}
