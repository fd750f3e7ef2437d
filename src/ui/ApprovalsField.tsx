import { i18n } from '#i18n';
import { getAtPath } from '../profile/paths';
import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { APPROVAL_TYPES } from './editor-model';
import { RemoveIcon, SeverityIcon } from './icons';
import type { Change } from './FieldRow';
import { lang } from './lang';

type Approval = { type: string; number: string };
const isApproval = (value: unknown): value is Approval =>
  typeof value === 'object' && value !== null && 'type' in value && 'number' in value && typeof value.type === 'string' && typeof value.number === 'string';

// 前置审批: one row per approval (type + number); none means "以上都不涉及", which portals ask to tick explicitly.

/** `path` names a service's approvals: `websites[0].approvals`, `apps[1].approvals`, `miniPrograms[0].approvals`. */
export function ApprovalsField({ profile, path, findings, onChange }: { profile: Profile; path: string; findings: readonly Finding[]; onChange: Change }) {
  const held = getAtPath(profile, path);
  const approvals: Approval[] = Array.isArray(held) ? held.filter(isApproval) : [];
  const set = (next: typeof approvals) => onChange(path, next);
  const mine = findings.filter((f) => f.path.startsWith(path));
  return (
    <div class="field" data-path={path}>
      <span class="field-label">{i18n.t('preApprovals')}</span>
      <div class="field-control">
        {approvals.length === 0 && <span class="none">{i18n.t('preApprovalNone')}</span>}
        {approvals.map((a, j) => (
          <div key={j} class="approval">
            <select name={`${path}[${j}].type`} aria-label={i18n.t('preApprovalType', [String(j + 1)])} value={a.type} onChange={(e) => set(approvals.map((x, k) => (k === j ? { ...x, type: e.currentTarget.value } : x)))}>
              {APPROVAL_TYPES.map((t) => (
                <option key={t} value={t} lang="zh-CN">
                  {t}
                </option>
              ))}
            </select>
            <input name={`${path}[${j}].number`} aria-label={i18n.t('preApprovalNumber', [String(j + 1)])} placeholder={i18n.t('approvalNumber')} value={a.number} onInput={(e) => set(approvals.map((x, k) => (k === j ? { ...x, number: e.currentTarget.value } : x)))} />
            <button type="button" aria-label={i18n.t('removePreApproval', [String(j + 1)])} title={i18n.t('remove')} onClick={() => set(approvals.filter((_, k) => k !== j))}>
              <RemoveIcon />
            </button>
          </div>
        ))}
        <button type="button" class="add-approval" onClick={() => set([...approvals, { type: APPROVAL_TYPES[0] ?? '', number: '' }])}>
          {i18n.t('addPreApproval')}
        </button>
        <ul class="findings">
          {mine.map((f, i) => (
            <li key={i} class={f.severity} data-rule={f.rule} data-path={f.path}>
              <SeverityIcon severity={f.severity} title={i18n.t(f.severity === 'error' ? 'severityError' : 'severityWarning')} /> {f.message[lang]}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
