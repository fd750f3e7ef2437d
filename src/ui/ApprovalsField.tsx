import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { APPROVAL_TYPES } from './editor-model';
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
      <label class="field-label">{lang === 'zh' ? '前置审批' : 'Pre-approvals'}</label>
      <div class="field-control">
        {approvals.length === 0 && <span class="none">{lang === 'zh' ? '以上都不涉及' : 'None (以上都不涉及)'}</span>}
        {approvals.map((a, j) => (
          <div key={j} class="approval">
            <select name={`${path}[${j}].type`} value={a.type} onChange={(e) => set(approvals.map((x, k) => (k === j ? { ...x, type: e.currentTarget.value } : x)))}>
              {APPROVAL_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <input name={`${path}[${j}].number`} placeholder={lang === 'zh' ? '审批文号' : 'approval number'} value={a.number} onInput={(e) => set(approvals.map((x, k) => (k === j ? { ...x, number: e.currentTarget.value } : x)))} />
            <button type="button" onClick={() => set(approvals.filter((_, k) => k !== j))}>
              ✕
            </button>
          </div>
        ))}
        <button type="button" class="add-approval" onClick={() => set([...approvals, { type: APPROVAL_TYPES[0] ?? '', number: '' }])}>
          {lang === 'zh' ? '添加前置审批' : 'Add a pre-approval'}
        </button>
        <ul class="findings">
          {mine.map((f, i) => (
            <li key={i} class={f.severity} data-rule={f.rule} data-path={f.path}>
              {f.severity === 'error' ? '✖' : '⚠'} {f.message[lang]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
