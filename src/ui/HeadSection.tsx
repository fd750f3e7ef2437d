import { i18n } from '#i18n';
import { getAtPath } from '../profile/paths';
import { personSchema, type Profile } from '../profile/schema';
import { isSamePerson, type Finding } from '../rules/define-rule';
import { PERSON_FIELDS } from './editor-model';
import { Fields } from './Fields';
import type { Change } from './FieldRow';
import { Section, type SectionState } from './Section';

// A service's 负责人 (网站, APP, 小程序), with the "same as the subject's" box every console has.

type Props = { path: string; title: string; section: SectionState; profile: Profile; findings: readonly Finding[]; onChange: Change };

export function HeadSection({ path, title, section, profile, findings, onChange }: Props) {
  const head = personSchema.safeParse(getAtPath(profile, path));
  const subjectHead = profile.subject.head;
  const same = head.success && isSamePerson(head.data, subjectHead) && JSON.stringify(head.data) === JSON.stringify(subjectHead);
  return (
    <Section level={3} title={title} {...section}>
      <label class="same-as">
        <input
          type="checkbox"
          name={`${path.replace(/\.head$/, '')}.sameAsSubjectHead`}
          checked={same}
          onChange={(e) => e.currentTarget.checked && onChange(path, structuredClone(subjectHead))}
        />
        {i18n.t('sameAsSubjectHead')}
      </label>
      <Fields fields={PERSON_FIELDS} prefix={path} profile={profile} findings={findings} onChange={onChange} />
    </Section>
  );
}
