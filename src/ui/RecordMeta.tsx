import { useState } from 'preact/hooks';
import type { FilingLogEntry, FilingType, StoredProfile } from '../profile/store';
import { lang } from './lang';

// Tags (client, agent…) and the filing log of a stored profile: which portal, what filing, its status and number.

const TYPES: FilingType[] = ['新增备案', '新增网站', '新增接入', '变更', '注销'];
const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);

export function RecordMeta({ record, onSave }: { record: StoredProfile; onSave: (meta: Pick<StoredProfile, 'tags' | 'log'>) => void }) {
  const [tags, setTags] = useState(record.tags.join(', '));
  const [entry, setEntry] = useState<FilingLogEntry>({ portal: '', type: '新增备案', status: t('已提交', 'submitted'), date: new Date().toISOString().slice(0, 10) });
  const parsedTags = tags.split(/[,，;；\s]+/).map((s) => s.trim()).filter(Boolean);
  return (
    <fieldset class="record-meta">
      <legend>{t('标签与备案记录', 'Tags and filing log')}</legend>
      <label class="field">
        <span class="field-label">{t('标签', 'Tags')}</span>
        <input name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} onBlur={() => onSave({ tags: parsedTags, log: record.log })} />
      </label>
      <table class="log">
        <thead>
          <tr>
            <th>{t('门户', 'Portal')}</th>
            <th>{t('类型', 'Type')}</th>
            <th>{t('状态', 'Status')}</th>
            <th>{t('日期', 'Date')}</th>
            <th>{t('备案号', 'Record number')}</th>
          </tr>
        </thead>
        <tbody>
          {record.log.map((l, i) => (
            <tr key={i}>
              <td>{l.portal}</td>
              <td>{l.type}</td>
              <td>{l.status}</td>
              <td>{l.date}</td>
              <td>{l.recordNumber ?? ''}</td>
            </tr>
          ))}
          <tr>
            <td><input name="log.portal" aria-label={t('新记录 · 门户', 'New entry · portal')} value={entry.portal} onInput={(e) => setEntry({ ...entry, portal: e.currentTarget.value })} /></td>
            <td>
              <select name="log.type" aria-label={t('新记录 · 类型', 'New entry · type')} value={entry.type} onChange={(e) => setEntry({ ...entry, type: e.currentTarget.value as FilingType })}>
                {TYPES.map((x) => <option key={x}>{x}</option>)}
              </select>
            </td>
            <td><input name="log.status" aria-label={t('新记录 · 状态', 'New entry · status')} value={entry.status} onInput={(e) => setEntry({ ...entry, status: e.currentTarget.value })} /></td>
            <td><input name="log.date" type="date" aria-label={t('新记录 · 日期', 'New entry · date')} value={entry.date} onInput={(e) => setEntry({ ...entry, date: e.currentTarget.value })} /></td>
            <td><input name="log.recordNumber" aria-label={t('新记录 · 备案号', 'New entry · record number')} value={entry.recordNumber ?? ''} onInput={(e) => setEntry({ ...entry, recordNumber: e.currentTarget.value })} /></td>
          </tr>
        </tbody>
      </table>
      <button type="button" id="add-log" disabled={!entry.portal.trim()} onClick={() => onSave({ tags: parsedTags, log: [...record.log, entry] })}>
        {t('添加记录', 'Add entry')}
      </button>
    </fieldset>
  );
}
