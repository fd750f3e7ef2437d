import { i18n } from '#i18n';
import { deriveFilingType } from '../profile/filing-type';
import { websiteSchema, type Profile } from '../profile/schema';
import { isSamePerson, type Finding } from '../rules/define-rule';
import { ACCESS_FIELDS, PERSON_FIELDS, SUBJECT_FIELDS, WEBSITE_FIELDS, type EditorField } from './editor-model';
import { ApprovalsField } from './ApprovalsField';
import { filingTypeText } from './filing-words';
import { colon } from './lang';
import { FieldRow, type Change } from './FieldRow';
import { Section } from './Section';
import { SUBJECT_HEAD_SECTION, SUBJECT_SECTION, sectionsOf, websiteAccessSection, websiteHeadSection, websiteSection } from './sections';

type Props = {
  profile: Profile;
  findings: readonly Finding[];
  onChange: Change;
  onProfile: (next: Profile) => void;
  /** Sections the agent closed; every other one is open. */
  closed: ReadonlySet<string>;
  onToggle: (id: string) => void;
};

function Fields({ fields, prefix, ...rest }: { fields: readonly EditorField[]; prefix: string; profile: Profile; findings: readonly Finding[]; onChange: Change }) {
  return (
    <>
      {fields.map((field) => {
        const path = prefix ? `${prefix}.${field.key}` : field.key;
        return <FieldRow key={path} field={field} path={path} {...rest} />;
      })}
    </>
  );
}

export function ProfileEditor({ profile, findings, onChange, onProfile, closed, onToggle }: Props) {
  const shared = { profile, findings, onChange };
  const section = (id: string) => {
    const mine = findings.filter((f) => sectionsOf(f.path).includes(id));
    return { id, open: !closed.has(id), onToggle, errors: mine.filter((f) => f.severity === 'error').length, warnings: mine.filter((f) => f.severity === 'warning').length };
  };
  const addWebsite = () => onProfile({ ...profile, websites: [...profile.websites, websiteSchema.parse({})] });
  const removeWebsite = (i: number) => onProfile({ ...profile, websites: profile.websites.filter((_, j) => j !== i) });
  return (
    <div class="editor">
      <label class="field">
        <span class="field-label">{i18n.t('label')}</span>
        <input name="label" value={profile.label} onInput={(e) => onChange('label', e.currentTarget.value)} />
      </label>
      <Section level={2} title={i18n.t('sectionSubject')} {...section(SUBJECT_SECTION)}>
        <Fields fields={SUBJECT_FIELDS} prefix="" {...shared} />
      </Section>
      <Section level={2} title={i18n.t('sectionSubjectHead')} {...section(SUBJECT_HEAD_SECTION)}>
        <Fields fields={PERSON_FIELDS} prefix="subject.head" {...shared} />
      </Section>
      {profile.websites.map((site, i) => (
        <Section
          key={i}
          level={2}
          class="website"
          title={
            <>
              {i18n.t('sectionWebsite', [String(i + 1)])} · {i18n.t('filingType')}
              {colon}
              <b class="filing-type">{filingTypeText(deriveFilingType(profile, i))}</b>
            </>
          }
          {...section(websiteSection(i))}
        >
          <Fields fields={WEBSITE_FIELDS} prefix={`websites[${i}]`} {...shared} />
          <ApprovalsField profile={profile} website={i} findings={findings} onChange={onChange} />
          <Section level={3} title={i18n.t('sectionWebsiteHead')} {...section(websiteHeadSection(i))}>
            <label class="same-as">
              <input
                type="checkbox"
                name={`websites[${i}].sameAsSubjectHead`}
                checked={isSamePerson(site.head, profile.subject.head) && JSON.stringify(site.head) === JSON.stringify(profile.subject.head)}
                onChange={(e) => e.currentTarget.checked && onChange(`websites[${i}].head`, structuredClone(profile.subject.head))}
              />
              {i18n.t('sameAsSubjectHead')}
            </label>
            <Fields fields={PERSON_FIELDS} prefix={`websites[${i}].head`} {...shared} />
          </Section>
          <Section level={3} title={i18n.t('sectionAccess')} {...section(websiteAccessSection(i))}>
            <Fields fields={ACCESS_FIELDS} prefix={`websites[${i}]`} {...shared} />
          </Section>
          {profile.websites.length > 1 && (
            <button type="button" class="remove-website" onClick={() => removeWebsite(i)}>
              {i18n.t('removeWebsite')}
            </button>
          )}
        </Section>
      ))}
      <button type="button" id="add-website" onClick={addWebsite}>
        {i18n.t('addWebsite')}
      </button>
    </div>
  );
}
