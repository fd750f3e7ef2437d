import { i18n } from '#i18n';
import { deriveFilingType } from '../profile/filing-type';
import { ApprovalsField } from './ApprovalsField';
import { ACCESS_FIELDS, WEBSITE_FIELDS } from './editor-model';
import { Fields } from './Fields';
import { filingTypeText } from './filing-words';
import { HeadSection } from './HeadSection';
import { colon } from './lang';
import type { ServiceProps } from './ProfileEditor';
import { Section } from './Section';
import { SecuritySection } from './SecuritySection';
import { websiteAccessSection, websiteHeadSection, websiteSecuritySection, websiteSection } from './sections';

export function WebsiteSection({ index: i, profile, findings, onChange, section, onRemove, approvedOn }: ServiceProps) {
  const shared = { profile, findings, onChange };
  const path = `websites[${i}]`;
  return (
    <Section
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
      <Fields fields={WEBSITE_FIELDS} prefix={path} {...shared} />
      <ApprovalsField path={`${path}.approvals`} {...shared} />
      <HeadSection path={`${path}.head`} title={i18n.t('sectionWebsiteHead')} section={section(websiteHeadSection(i))} {...shared} />
      <Section level={3} title={i18n.t('sectionAccess')} {...section(websiteAccessSection(i))}>
        <Fields fields={ACCESS_FIELDS} prefix={path} {...shared} />
      </Section>
      <SecuritySection kind="website" index={i} section={section(websiteSecuritySection(i))} approvedOn={approvedOn} {...shared} />
      {onRemove && (
        <button type="button" class="remove-website" onClick={onRemove}>
          {i18n.t('removeWebsite')}
        </button>
      )}
    </Section>
  );
}
