import { describe, expect, it } from 'vitest';
import { enterprise } from '../../test/support/sample';
import { fieldName } from './field-names';

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
