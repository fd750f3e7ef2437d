import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { importDocument } from '../profile/import';
import { personSchema } from '../profile/schema';
import { fieldName } from './field-names';
import { sectionsOf } from './sections';
import { INTERACTIVE_SERVICE_GROUPS, interactiveGroups, toggleItem } from './security-fields';
import { approvalDay, withSameAsHead } from './security-model';

const withApps = () => {
  const result = importDocument(readFileSync('test/fixtures/v2/valid-enterprise-app-mini.json', 'utf8'));
  if (!result.ok) throw new Error('fixture');
  return result.profiles[0]!;
};

describe('the "same as the head" box', () => {
  it('unticked gives the person their own empty fields, ticked drops them; the other fields stay', () => {
    const own = withSameAsHead({ openedOn: '2026-10-01' }, 'securityHead', false);
    expect(own).toEqual({ openedOn: '2026-10-01', securityHead: personSchema.parse({}) });
    expect(withSameAsHead(own, 'securityHead', true)).toEqual({ openedOn: '2026-10-01' });
    expect(withSameAsHead(undefined, 'emergencyContact', false)).toEqual({ emergencyContact: personSchema.parse({}) });
  });

  it('unticking again keeps what was typed', () => {
    const typed = { securityHead: personSchema.parse({ name: '李安全' }) };
    expect(withSameAsHead(typed, 'securityHead', false).securityHead?.name).toBe('李安全');
  });
});

describe('the approval day the log offers', () => {
  it('is the latest 通过 entry, by stage id or label', () => {
    expect(approvalDay(undefined)).toBeUndefined();
    expect(approvalDay([{ portal: '阿里云', type: '新增备案', status: 'submitted', date: '2026-09-01' }])).toBeUndefined();
    expect(
      approvalDay([
        { portal: '阿里云', type: '新增备案', status: 'approved', date: '2026-09-20' },
        { portal: '阿里云', type: '新增网站', status: '已通过', date: '2026-10-08' },
        { portal: '公安', type: '新增网站', status: 'public-security', date: '2026-10-20' },
      ]),
    ).toBe('2026-10-08');
  });
});

describe('the 交互服务 items', () => {
  it('keep the groups’ order whatever order they are ticked in', () => {
    expect(toggleItem(['网络直播'], '论坛/社区', true)).toEqual(['论坛/社区', '网络直播']);
    expect(toggleItem(['论坛/社区', '网络直播'], '论坛/社区', false)).toEqual(['网络直播']);
    expect(toggleItem(['论坛/社区'], '论坛/社区', true)).toEqual(['论坛/社区']);
  });

  it('show a label the profile holds that is not in the groups, in the last group', () => {
    expect(interactiveGroups([])).toEqual(INTERACTIVE_SERVICE_GROUPS);
    const groups = interactiveGroups(['论坛/社区', '在线问诊']);
    expect(groups.at(-1)?.items).toContain('在线问诊');
    expect(groups.flatMap((g) => g.items).filter((i) => i === '在线问诊')).toHaveLength(1);
  });
});

describe('paths of the 公安 section', () => {
  it('open the service and its security section', () => {
    expect(sectionsOf('websites[0].security.openedOn')).toEqual(['website-0', 'website-0-security']);
    expect(sectionsOf('apps[1].security.emergencyContact.mobiles[0]')).toEqual(['app-1', 'app-1-security']);
  });

  it.each([
    ['websites[0].security.openedOn', 'zh', '网站「云栖示例官网」 · 网站开通日期'],
    ['websites[0].security.openedOn', 'en', 'website “云栖示例官网” · Date the website opened'],
    ['websites[0].security.interactiveServices', 'zh', '网站「云栖示例官网」 · 交互服务项目'],
    ['websites[0].security.securityHead.mobiles[0]', 'zh', '网站「云栖示例官网」 · 网站安全负责人 · 手机号码 · 第 1 项'],
    ['apps[0].security.emergencyContact.name', 'en', 'APP “云栖记账” · Emergency contact of the APP · Name'],
    ['apps[0].security.recordNumber', 'zh', 'APP「云栖记账」 · 公安备案号'],
  ] as const)('%s (%s) → %s', (path, lang, name) => {
    expect(fieldName(path, lang, withApps())).toBe(name);
  });
});
