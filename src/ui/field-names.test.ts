import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { readFileSync } from 'node:fs';
import { importDocument } from '../profile/import';
import { fieldName } from './field-names';

const withApps = () => {
  const result = importDocument(readFileSync('test/fixtures/v2/valid-enterprise-app-mini.json', 'utf8'));
  if (!result.ok) throw new Error('fixture');
  return result.profiles[0]!;
};

describe('fieldName', () => {
  it.each([
    ['subject.head.certificate.number', 'zh', '主办单位负责人 · 负责人证件号码'],
    ['subject.head.certificate.number', 'en', 'Host entity head · Document number'],
    ['websites[0].domains[0]', 'zh', '网站「云栖示例官网」 · 网站域名 · 第 1 项'],
    ['websites[0].head.mobiles[0]', 'en', 'website “云栖示例官网” · Website head · Mobile numbers · item 1'],
    ['websites[0].access.ips[1]', 'zh', '网站「云栖示例官网」 · 网站IP地址 · 第 2 项'],
    ['subject.region.county', 'en', 'County'],
    ['subject.name', 'zh', '主办单位名称'],
    ['something.unknown', 'en', 'something.unknown'],
  ] as const)('%s (%s) → %s', (path, lang, name) => {
    expect(fieldName(path, lang, enterprise())).toBe(name);
  });
});

describe('fieldName for APPs and mini programs', () => {
  it.each([
    ['apps[0].platforms[1].fingerprint', 'zh', 'APP「云栖记账」 · iOS 平台 · 证书SHA-1'],
    ['apps[0].platforms[0].fingerprint', 'en', 'APP “云栖记账” · Android platform · Signature MD5'],
    ['apps[0].head.name', 'zh', 'APP「云栖记账」 · APP负责人 · 负责人姓名'],
    ['apps[0].domains[1]', 'en', 'APP “云栖记账” · Every domain the APP uses · item 2'],
    ['miniPrograms[0].appId', 'zh', '小程序「云栖点餐」 · AppID'],
    ['apps[3].name', 'en', 'APP 4 · APP name'],
  ] as const)('%s (%s) → %s', (path, lang, name) => {
    expect(fieldName(path, lang, withApps())).toBe(name);
  });
});
