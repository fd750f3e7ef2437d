import { i18n } from '#i18n';
import { appSchema, miniProgramSchema, websiteSchema, type Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import { AppSection } from './AppSection';
import { ChecklistPanel } from './ChecklistPanel';
import { PERSON_FIELDS, SUBJECT_FIELDS } from './editor-model';
import { Fields } from './Fields';
import type { Change } from './FieldRow';
import { MaterialsSection, MATERIALS_SECTION, type FileLoader } from './MaterialsSection';
import { MiniProgramSection } from './MiniProgramSection';
import { Section, type SectionState } from './Section';
import { SUBJECT_HEAD_SECTION, SUBJECT_SECTION, sectionsOf } from './sections';
import { StepBar } from './StepBar';
import { WebsiteSection } from './WebsiteSection';

type Props = {
  profile: Profile;
  findings: readonly Finding[];
  onChange: Change;
  onProfile: (next: Profile) => void;
  /** Sections the agent closed; every other one is open. */
  closed: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** The stored profile's id and how to load its material files (thumbnails, checks on the bytes). */
  profileId?: string;
  loadFiles?: FileLoader;
  /** The day the stored record's filing log says the filing was approved (通过): the 公安 opening day it offers. */
  approvedOn?: string;
};

/** What every service's section needs from the editor. */
export type ServiceProps = {
  index: number;
  profile: Profile;
  findings: readonly Finding[];
  onChange: Change;
  section: (id: string) => SectionState;
  /** Undefined when this is the profile's only service: a profile holds at least one. */
  onRemove?: () => void;
  approvedOn?: string;
};

export function ProfileEditor({ profile, findings, onChange, onProfile, closed, onToggle, profileId, loadFiles, approvedOn }: Props) {
  const shared = { profile, findings, onChange };
  const section = (id: string): SectionState => {
    const mine = findings.filter((f) => sectionsOf(f.path).includes(id));
    return { id, open: !closed.has(id), onToggle, errors: mine.filter((f) => f.severity === 'error').length, warnings: mine.filter((f) => f.severity === 'warning').length };
  };
  const services = profile.websites.length + profile.apps.length + profile.miniPrograms.length;
  const remover = <K extends 'websites' | 'apps' | 'miniPrograms'>(key: K, i: number) =>
    services > 1 ? () => onProfile({ ...profile, [key]: profile[key].filter((_, j) => j !== i) }) : undefined;
  return (
    <div class="editor">
      <StepBar profile={profile} findings={findings} onOpen={(id) => closed.has(id) && onToggle(id)} />
      <ChecklistPanel profile={profile} findings={findings} {...(profileId ? { storedId: profileId } : {})} onOpenSection={(id) => closed.has(id) && onToggle(id)} />
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
      {profile.websites.map((_, i) => (
        <WebsiteSection key={`w${i}`} index={i} section={section} onRemove={remover('websites', i)} approvedOn={approvedOn} {...shared} />
      ))}
      {profile.apps.map((_, i) => (
        <AppSection key={`a${i}`} index={i} section={section} onRemove={remover('apps', i)} approvedOn={approvedOn} {...shared} />
      ))}
      {profile.miniPrograms.map((_, i) => (
        <MiniProgramSection key={`m${i}`} index={i} section={section} onRemove={remover('miniPrograms', i)} {...shared} />
      ))}
      <div class="add-service">
        <button type="button" id="add-website" onClick={() => onProfile({ ...profile, websites: [...profile.websites, websiteSchema.parse({})] })}>
          {i18n.t('addWebsite')}
        </button>
        <button type="button" id="add-app" onClick={() => onProfile({ ...profile, apps: [...profile.apps, appSchema.parse({ platforms: [{ platform: 'Android' }] })] })}>
          {i18n.t('addApp')}
        </button>
        <button type="button" id="add-mini-program" onClick={() => onProfile({ ...profile, miniPrograms: [...profile.miniPrograms, miniProgramSchema.parse({ platform: '微信' })] })}>
          {i18n.t('addMiniProgram')}
        </button>
      </div>
      <MaterialsSection section={section(MATERIALS_SECTION)} onProfile={onProfile} {...(profileId ? { profileId } : {})} {...(loadFiles ? { loadFiles } : {})} {...shared} />
    </div>
  );
}
