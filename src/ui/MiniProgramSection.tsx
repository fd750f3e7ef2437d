import { i18n } from '#i18n';
import { ApprovalsField } from './ApprovalsField';
import { MINI_PROGRAM_FIELDS } from './editor-model';
import { Fields } from './Fields';
import { HeadSection } from './HeadSection';
import type { ServiceProps } from './ProfileEditor';
import { Section } from './Section';
import { miniProgramHeadSection, miniProgramSection } from './sections';

export function MiniProgramSection({ index: i, profile, findings, onChange, section, onRemove }: ServiceProps) {
  const shared = { profile, findings, onChange };
  const path = `miniPrograms[${i}]`;
  return (
    <Section level={2} class="mini-program" title={i18n.t('sectionMiniProgram', [String(i + 1)])} {...section(miniProgramSection(i))}>
      <Fields fields={MINI_PROGRAM_FIELDS} prefix={path} {...shared} />
      <ApprovalsField path={`${path}.approvals`} {...shared} />
      <HeadSection path={`${path}.head`} title={i18n.t('sectionMiniProgramHead')} section={section(miniProgramHeadSection(i))} {...shared} />
      {onRemove && (
        <button type="button" class="remove-service" onClick={onRemove}>
          {i18n.t('removeMiniProgram')}
        </button>
      )}
    </Section>
  );
}
