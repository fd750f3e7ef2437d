import { i18n } from '#i18n';
import { appPlatformSchema } from '../profile/schema';
import { ApprovalsField } from './ApprovalsField';
import { ACCESS_FIELDS, APP_FIELDS, platformFields } from './editor-model';
import { Fields } from './Fields';
import { HeadSection } from './HeadSection';
import { RemoveIcon } from './icons';
import { PackageDrop } from './PackageDrop';
import type { ServiceProps } from './ProfileEditor';
import { Section } from './Section';
import { SecuritySection } from './SecuritySection';
import { appAccessSection, appHeadSection, appPlatformsSection, appSecuritySection, appSection } from './sections';

// An APP laid out as the consoles ask it: APP基本信息, then 平台信息 with a card per platform, then its 负责人 and 接入.

export function AppSection({ index: i, profile, findings, onChange, section, onRemove, approvedOn }: ServiceProps) {
  const shared = { profile, findings, onChange };
  const path = `apps[${i}]`;
  const platforms = profile.apps[i]?.platforms ?? [];
  const setPlatforms = (next: typeof platforms) => onChange(`${path}.platforms`, next);
  const unused = ['Android', 'iOS', 'HarmonyOS'].find((p) => !platforms.some((q) => q.platform === p)) ?? '其他';
  return (
    <Section level={2} class="app" title={i18n.t('sectionApp', [String(i + 1)])} {...section(appSection(i))}>
      <Fields fields={APP_FIELDS} prefix={path} {...shared} />
      <ApprovalsField path={`${path}.approvals`} {...shared} />
      <Section level={3} title={i18n.t('sectionAppPlatforms')} {...section(appPlatformsSection(i))}>
        {platforms.map((platform, j) => (
          <fieldset key={j} class="platform" data-path={`${path}.platforms[${j}]`}>
            <legend>
              <span lang="zh-CN">{platform.platform || i18n.t('platformN', [String(j + 1)])}</span>
              <button type="button" aria-label={i18n.t('removePlatform', [String(j + 1)])} title={i18n.t('remove')} onClick={() => setPlatforms(platforms.filter((_, k) => k !== j))}>
                <RemoveIcon />
              </button>
            </legend>
            <PackageDrop id={`package-${i}-${j}`} platform={platform} onRead={(next) => setPlatforms(platforms.map((p, k) => (k === j ? next : p)))} />
            <Fields fields={platformFields(platform.platform)} prefix={`${path}.platforms[${j}]`} {...shared} />
          </fieldset>
        ))}
        <button type="button" class="add-platform" onClick={() => setPlatforms([...platforms, appPlatformSchema.parse({ platform: unused })])}>
          {i18n.t('addPlatform')}
        </button>
      </Section>
      <HeadSection path={`${path}.head`} title={i18n.t('sectionAppHead')} section={section(appHeadSection(i))} {...shared} />
      <Section level={3} title={i18n.t('sectionAppAccess')} {...section(appAccessSection(i))}>
        <Fields fields={ACCESS_FIELDS} prefix={path} {...shared} />
      </Section>
      <SecuritySection kind="app" index={i} section={section(appSecuritySection(i))} approvedOn={approvedOn} {...shared} />
      {onRemove && (
        <button type="button" class="remove-service" onClick={onRemove}>
          {i18n.t('removeApp')}
        </button>
      )}
    </Section>
  );
}
