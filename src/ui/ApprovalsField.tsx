import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { APPROVAL_TYPES } from './editor-model';
import { RemoveIcon, SeverityIcon } from './icons';
import type { Change } from './FieldRow';
import { lang } from './lang';

// 前置审批: one row per approval (type + number); none means "以上都不涉及", which portals ask to tick explicitly.

export function ApprovalsField({ profile, website, findings, onChange }: { profile: Profile; website: number; findings: readonly Finding[]; onChange: Change }) {
  const path = `websites[${website}].approvals`;
  const approvals = profile.websites[website]?.approvals ?? [];
  const set = (next: typeof approvals) => onChange(path, next);
  const mine = findings.filter((f) => f.path.startsWith(path));
  return (
    <div class="field" data-path={path}>
      <span class="field-label">{lang === 'zh' ? '前置审批' : 'Pre-approvals'}</span>
      <div class="field-control">
        {approvals.length === 0 && <span class="none">{lang === 'zh' ? '以上都不涉及' : 'None (以上都不涉及)'}</span>}
        {approvals.map((a, j) => (
          <div key={j} class="approval">
            <select name={`${path}[${j}].type`} aria-label={lang === 'zh' ? `前置审批 ${j + 1} · 类型` : `Pre-approval ${j + 1} · type`} value={a.type} onChange={(e) => set(approvals.map((x, k) => (k === j ? { ...x, type: e.currentTarget.value } : x)))}>
              {APPROVAL_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <input name={`${path}[${j}].number`} aria-label={lang === 'zh' ? `前置审批 ${j + 1} · 审批文号` : `Pre-approval ${j + 1} · approval number`} placeholder={lang === 'zh' ? '审批文号' : 'approval number'} value={a.number} onInput={(e) => set(approvals.map((x, k) => (k === j ? { ...x, number: e.currentTarget.value } : x)))} />
            <button type="button" aria-label={lang === 'zh' ? `删除前置审批 ${j + 1}` : `Remove pre-approval ${j + 1}`} title={lang === 'zh' ? '删除' : 'Remove'} onClick={() => set(approvals.filter((_, k) => k !== j))}>
              <RemoveIcon />
            </button>
          </div>
        ))}
        <button type="button" class="add-approval" onClick={() => set([...approvals, { type: APPROVAL_TYPES[0] ?? '', number: '' }])}>
          {lang === 'zh' ? '添加前置审批' : 'Add a pre-approval'}
        </button>
        <ul class="findings">
          {mine.map((f, i) => (
            <li key={i} class={f.severity} data-rule={f.rule} data-path={f.path}>
              <SeverityIcon severity={f.severity} title={f.severity === 'error' ? (lang === 'zh' ? '错误' : 'Error') : lang === 'zh' ? '警告' : 'Warning'} /> {f.message[lang]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
