import { i18n } from '#i18n';
import { deriveFilingType } from '../profile/filing-type';
import { websiteSchema, type Profile } from '../profile/schema';
import { isSamePerson, type Finding } from '../rules/define-rule';
import { ACCESS_FIELDS, PERSON_FIELDS, SUBJECT_FIELDS, WEBSITE_FIELDS, type EditorField } from './editor-model';
import { ApprovalsField } from './ApprovalsField';
import { FieldRow, type Change } from './FieldRow';

type Props = { profile: Profile; findings: readonly Finding[]; onChange: Change; onProfile: (next: Profile) => void };

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

export function ProfileEditor({ profile, findings, onChange, onProfile }: Props) {
  const shared = { profile, findings, onChange };
  const addWebsite = () => onProfile({ ...profile, websites: [...profile.websites, websiteSchema.parse({})] });
  const removeWebsite = (i: number) => onProfile({ ...profile, websites: profile.websites.filter((_, j) => j !== i) });
  return (
    <div class="editor">
      <label class="field">
        <span class="field-label">{i18n.t('label')}</span>
        <input name="label" value={profile.label} onInput={(e) => onChange('label', e.currentTarget.value)} />
      </label>
      <fieldset>
        <legend>{i18n.t('sectionSubject')}</legend>
        <Fields fields={SUBJECT_FIELDS} prefix="" {...shared} />
      </fieldset>
      <fieldset>
        <legend>{i18n.t('sectionSubjectHead')}</legend>
        <Fields fields={PERSON_FIELDS} prefix="subject.head" {...shared} />
      </fieldset>
      {profile.websites.map((site, i) => (
        <fieldset key={i} class="website" data-website={i}>
          <legend>
            {i18n.t('sectionWebsite', [String(i + 1)])} · {i18n.t('filingType')}: <b class="filing-type">{deriveFilingType(profile, i)}</b>
          </legend>
          <Fields fields={WEBSITE_FIELDS} prefix={`websites[${i}]`} {...shared} />
          <ApprovalsField profile={profile} website={i} findings={findings} onChange={onChange} />
          <h4>{i18n.t('sectionWebsiteHead')}</h4>
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
          <h4>{i18n.t('sectionAccess')}</h4>
          <Fields fields={ACCESS_FIELDS} prefix={`websites[${i}]`} {...shared} />
          {profile.websites.length > 1 && (
            <button type="button" class="remove-website" onClick={() => removeWebsite(i)}>
              {i18n.t('removeWebsite')}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" id="add-website" onClick={addWebsite}>
        {i18n.t('addWebsite')}
      </button>
    </div>
  );
}
