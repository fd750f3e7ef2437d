import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { Profile, Security } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { PERSON_FIELDS, type EditorField } from './editor-model';
import { Fields } from './Fields';
import { FieldRow, Findings, isUnder, type Change } from './FieldRow';
import { say } from './lang';
import { Section, type SectionState } from './Section';
import { interactiveGroups, securityFields, securityPersonTitle, toggleItem, YES_NO, type SecurityPerson, type ServiceKind } from './security-fields';
import { withSameAsHead } from './security-model';
import './security.css';

// 公安联网备案 inside a website's or APP's card (issue 18): the number once filed, the opening day (one click from the
// logged approval day), the registrar and the 域名证书, the 交互服务 in groups, and the two people 公安 reaches, each
// "same as" the service's head until the box is unticked.

type Props = {
  kind: ServiceKind;
  index: number;
  section: SectionState;
  profile: Profile;
  findings: readonly Finding[];
  onChange: Change;
  /** The day the filing log records the approval (通过), offered as the opening day. */
  approvedOn?: string;
};

type Shared = { profile: Profile; findings: readonly Finding[]; onChange: Change };

/** A row laid out as FieldRow lays out its own, for the controls FieldRow has no kind for. */
function Row({ field, path, findings, children }: { field: EditorField; path: string; findings: readonly Finding[]; children: ComponentChildren }) {
  const mine = findings.filter((f) => isUnder(f.path, path));
  return (
    <div class={`field${mine.some((f) => f.severity === 'error') ? ' has-error' : ''}`} data-path={path}>
      <span class="field-label" id={`field-${path}-label`}>
        {say(field.label)}
      </span>
      <div class="field-control">
        {children}
        <Findings findings={mine} />
      </div>
    </div>
  );
}

function YesNo({ field, path, value, findings, onChange }: { field: EditorField; path: string; value: boolean | undefined; findings: readonly Finding[]; onChange: Change }) {
  return (
    <Row field={field} path={path} findings={findings}>
      <span class="yes-no" role="radiogroup" aria-labelledby={`field-${path}-label`}>
        {([true, false] as const).map((answer) => (
          <label key={String(answer)}>
            <input type="radio" name={path} value={answer ? 'yes' : 'no'} checked={value === answer} onChange={() => onChange(path, answer)} />
            {say(answer ? YES_NO.yes : YES_NO.no)}
          </label>
        ))}
      </span>
    </Row>
  );
}

function InteractiveServices({ field, path, ticked, findings, onChange }: { field: EditorField; path: string; ticked: readonly string[]; findings: readonly Finding[]; onChange: Change }) {
  return (
    <Row field={field} path={path} findings={findings}>
      <div class="interactive-groups" role="group" aria-labelledby={`field-${path}-label`}>
        {interactiveGroups(ticked).map((group) => (
          <fieldset key={group.label.en} class="interactive-group">
            <legend>{say(group.label)}</legend>
            {group.items.map((item) => (
              <label key={item}>
                <input type="checkbox" name={path} value={item} checked={ticked.includes(item)} onChange={(e) => onChange(path, toggleItem(ticked, item, e.currentTarget.checked))} />
                <span lang="zh-CN">{item}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </Row>
  );
}

function PersonBox({ kind, who, security, securityPath, ...shared }: { kind: ServiceKind; who: SecurityPerson; security: Security | undefined; securityPath: string } & Shared) {
  const own = security?.[who];
  const path = `${securityPath}.${who}`;
  return (
    <fieldset class="security-person" data-path={path}>
      <legend>{say(securityPersonTitle(kind, who))}</legend>
      <label class="same-as">
        <input type="checkbox" name={`${path}SameAsHead`} checked={!own} onChange={(e) => shared.onChange(securityPath, withSameAsHead(security, who, e.currentTarget.checked))} />
        {i18n.t(kind === 'app' ? 'securitySameAsAppHead' : 'securitySameAsWebsiteHead')}
      </label>
      {own && <Fields fields={PERSON_FIELDS} prefix={path} {...shared} />}
    </fieldset>
  );
}

export function SecuritySection({ kind, index, section, approvedOn, ...shared }: Props) {
  const { profile, findings, onChange } = shared;
  const service = `${kind === 'app' ? 'apps' : 'websites'}[${index}]`;
  const securityPath = `${service}.security`;
  const security = (kind === 'app' ? profile.apps[index] : profile.websites[index])?.security;
  const fields = securityFields(kind);
  const row = (field: EditorField) => <FieldRow field={field} path={`${service}.${field.key}`} {...shared} />;
  const ticked = security?.interactiveServices ?? [];
  return (
    <Section level={3} class="security" title={i18n.t('sectionSecurity')} {...section}>
      {row(fields.recordNumber)}
      {row(fields.openedOn)}
      {approvedOn && security?.openedOn !== approvedOn && (
        <div class="field field-extra">
          <span class="field-label" />
          <div class="field-control">
            <button type="button" class="use-approval-date" onClick={() => onChange(`${securityPath}.openedOn`, approvedOn)}>
              {i18n.t('securityUseApprovalDate', [approvedOn])}
            </button>
          </div>
        </div>
      )}
      {row(fields.registrar)}
      {row(fields.domainCertificateValidUntil)}
      <YesNo field={fields.interactive} path={`${securityPath}.interactive`} value={security?.interactive} findings={findings} onChange={onChange} />
      {(security?.interactive === true || ticked.length > 0) && <InteractiveServices field={fields.interactiveServices} path={`${securityPath}.interactiveServices`} ticked={ticked} findings={findings} onChange={onChange} />}
      <PersonBox kind={kind} who="securityHead" security={security} securityPath={securityPath} {...shared} />
      <PersonBox kind={kind} who="emergencyContact" security={security} securityPath={securityPath} {...shared} />
    </Section>
  );
}
