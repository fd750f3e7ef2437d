import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../profile/import';
import type { Material, Profile } from '../profile/schema';
import { DEFAULT_CODES, codesFor, exportFiling, type CodeOverrides } from './index';

// The v2 fixture's miniPrograms[0] (云栖点餐, WeChat, 餐饮服务) exported to both APIs, checked field by field
// against what the profile holds; codes come from the table, never from the test's own guess.

function fixture(): Profile {
  const result = importDocument(readFileSync(join(import.meta.dirname, '../../test/fixtures/v2/valid-enterprise-app-mini.json'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.profiles[0]!;
}

/** The agent's own entry for 餐饮服务 (a value they looked up; 9001 stands for it here, it is no real code). */
const OWN: CodeOverrides = { wechat: { serviceContentTypes: { 餐饮服务: 9001 } }, douyin: { serviceContentTypes: { 餐饮服务: 9002 } } };

let materialCount = 0;
const material = (kind: string, owner: string, name = `${kind}.jpg`): Material => ({
  id: `m-${++materialCount}`,
  kind,
  owner,
  name,
  type: 'image/jpeg',
  size: 1000,
  sha256: '',
});

/** The fixture with its subject turned into a person (赵磊, Shanghai), the mini program's head the same person. */
function personal(idNumber = '310115199208152331'): Profile {
  const profile = fixture();
  const head = { ...profile.subject.head, name: '赵磊', certificate: { type: '居民身份证', number: idNumber, validFrom: '2019-08-15', validUntil: '长期' } };
  profile.subject = {
    ...profile.subject,
    nature: '个人',
    name: '赵磊',
    certificate: { type: '居民身份证', number: idNumber, address: '上海市浦东新区张杨路500号12号楼301室' },
    region: { province: '上海市', city: '上海市', county: '浦东新区' },
    mailingAddress: '上海市浦东新区张杨路500号12号楼301室',
    head,
  };
  profile.miniPrograms[0]!.head = structuredClone(head);
  return profile;
}

describe('icp:export to WeChat applyIcpFiling', () => {
  it('a label the default table lacks is an error naming the field, the label and the query to take it from', () => {
    const answer = exportFiling(fixture(), { service: 'miniPrograms[0]', to: 'wechat' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error).toContain('icp_applets.base_info.service_content_types[0]');
    expect(answer.error).toContain('「餐饮服务」');
    expect(answer.error).toContain('query_icp_service_content_types');
    expect(answer.error).toContain('the code table has no code for "餐饮服务"');
    // Only that one: every other label of the fixture is in the default table.
    expect(answer.error.split('；')).toHaveLength(1);
  });

  it('exports every field the profile holds under the API\'s names, with codes from the table', () => {
    const profile = fixture();
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'wechat', codes: OWN });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    const head = {
      name: '王小明',
      mobile: '13905710000',
      email: 'wangxm@yunqi-example.com',
      emergency_contact: '13905710001',
      certificate_type: 2, // 居民身份证
      certificate_number: '330106199003071236',
      certificate_validity_date_start: '20200307',
      certificate_validity_date_end: '20400307',
      certificate_photo_front: '',
      certificate_photo_back: '',
      authorization_letter: '',
    };
    expect(answer.body).toEqual({
      icp_subject: {
        base_info: {
          type: 4, // 企业
          name: '杭州云栖示例科技有限公司',
          province: '330000',
          city: '330100',
          district: '330106',
          address: '文三路90号1幢501室', // 浙江省杭州市西湖区 dropped: 「地址开头的省市区不用填入」
        },
        organize_info: {
          certificate_type: 1, // 企业 / 营业执照（个人或企业）
          certificate_number: '91330106MA2KX7Q1D5',
          certificate_address: '浙江省杭州市西湖区文三路90号1幢501室',
          certificate_photo: '',
        },
        principal_info: head,
      },
      icp_applets: {
        base_info: {
          appid: 'wx3f8a9c2d1e4b5a60',
          name: '云栖点餐',
          service_content_types: [9001], // the agent's entry
          nrlx_details: [{ type: 24 }], // 以上都不涉及
          comment: profile.miniPrograms[0]!.remark,
        },
        principal_info: head,
      },
      icp_materials: { commitment_letter: [''] },
    });
    // The fixture holds no materials: each media field is listed, waiting for a file.
    expect(answer.uploads).toEqual([
      { field: 'icp_subject.organize_info.certificate_photo', material: '' },
      { field: 'icp_subject.principal_info.certificate_photo_front', material: '' },
      { field: 'icp_subject.principal_info.certificate_photo_back', material: '' },
      { field: 'icp_subject.principal_info.authorization_letter', material: '' },
      { field: 'icp_applets.principal_info.certificate_photo_front', material: '' },
      { field: 'icp_applets.principal_info.certificate_photo_back', material: '' },
      { field: 'icp_applets.principal_info.authorization_letter', material: '' },
      { field: 'icp_materials.commitment_letter[0]', material: '' },
    ]);
    expect(answer.missing?.map((m) => m.field)).toEqual(['icp_subject.legal_person_info', 'icp_applets.principal_info.verify_task_id']);
  });

  it('lists the material of the right kind and owner for each media field, and approvals with their files', () => {
    const profile = fixture();
    profile.materials = [
      material('主办单位证件', 'subject'),
      material('负责人证件人像面', 'subject.head'),
      material('负责人证件国徽面', 'subject.head'),
      material('负责人证件人像面', 'websites[0].head'), // not this filing's
      material('前置审批文件', 'miniPrograms[0]', 'edu.pdf'),
      material('前置审批文件', 'miniPrograms[0]', 'culture.pdf'),
      material('承诺书', 'subject', '互联网信息服务承诺书.pdf'),
      material('承诺书', 'miniPrograms[0]', '小程序备案信息真实性承诺书.pdf'),
      material('手持证件照', 'subject.head'),
    ];
    profile.miniPrograms[0]!.approvals = [
      { type: '教育', number: '浙教审2026-001' },
      { type: '文化', number: '浙网文2026-0002' },
    ];
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'wechat', codes: OWN });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    const applets = answer.body.icp_applets as { base_info: { nrlx_details: unknown[] } };
    expect(applets.base_info.nrlx_details).toEqual([
      { type: 3, code: '浙教审2026-001', media: '' },
      { type: 9, code: '浙网文2026-0002', media: '' },
    ]);
    expect(answer.body.icp_materials).toEqual({ commitment_letter: [''], authenticity_commitment_letter: [''], holding_certificate_photo: [''] });
    const byField = Object.fromEntries(answer.uploads.map((u) => [u.field, u.material]));
    expect(byField).toEqual({
      'icp_subject.organize_info.certificate_photo': 'materials[0]',
      'icp_subject.principal_info.certificate_photo_front': 'materials[1]',
      'icp_subject.principal_info.certificate_photo_back': 'materials[2]',
      'icp_subject.principal_info.authorization_letter': '',
      // The applet's head is the subject head (same name and ID number): the same photos serve.
      'icp_applets.principal_info.certificate_photo_front': 'materials[1]',
      'icp_applets.principal_info.certificate_photo_back': 'materials[2]',
      'icp_applets.principal_info.authorization_letter': '',
      'icp_applets.base_info.nrlx_details[0].media': 'materials[4]',
      'icp_applets.base_info.nrlx_details[1].media': 'materials[5]',
      'icp_materials.commitment_letter[0]': 'materials[6]',
      'icp_materials.authenticity_commitment_letter[0]': 'materials[7]',
      'icp_materials.holding_certificate_photo[0]': 'materials[8]',
    });
  });

  it('a personal subject uses personal_info, files its ID as organize_info and needs no 授权书', () => {
    const answer = exportFiling(personal(), { service: 'miniPrograms[0]', to: 'wechat', codes: OWN });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    const subject = answer.body.icp_subject as Record<string, Record<string, unknown>>;
    expect(subject.personal_info).toEqual({}); // a Shanghai ID filed in Shanghai: no 临时居住证明
    expect(subject.base_info).toMatchObject({ type: 5, name: '赵磊', province: '310000', city: '310100', district: '310115', address: '张杨路500号12号楼301室' });
    expect(subject.organize_info).toEqual({ certificate_type: 2, certificate_number: '310115199208152331', certificate_address: '上海市浦东新区张杨路500号12号楼301室' });
    expect(subject.principal_info).toMatchObject({ certificate_validity_date_start: '20190815', certificate_validity_date_end: '长期' });
    expect(subject.principal_info).not.toHaveProperty('authorization_letter');
    expect(answer.uploads.map((u) => u.field)).not.toContain('icp_subject.organize_info.certificate_photo');
    expect(answer.missing?.map((m) => m.field)).toEqual(['icp_applets.principal_info.verify_task_id']);
  });

  it('a person filing outside their ID\'s province is asked for the 临时居住证明', () => {
    const profile = personal('330106199003071236'); // a Zhejiang ID, filed in Shanghai
    profile.materials = [material('其他', 'subject', '上海居住证.jpg')];
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'wechat', codes: OWN });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    expect((answer.body.icp_subject as Record<string, unknown>).personal_info).toEqual({ residence_permit: '' });
    expect(answer.uploads).toContainEqual({ field: 'icp_subject.personal_info.residence_permit', material: 'materials[0]' });
  });
});

describe('icp:export to Douyin submit_record_info', () => {
  it('a label the default table lacks is an error naming each field and label', () => {
    const answer = exportFiling(fixture(), { service: 'miniPrograms[0]', to: 'douyin' });
    expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('app_info.service_content_type_list[0]：代码表中没有「餐饮服务」的代码') });
    expect(!answer.ok && answer.error).toContain('query_service_content_type_list');
  });

  it('exports the subject and the mini program with Unix-second dates and region codes and names', () => {
    const profile = fixture();
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'douyin', codes: OWN });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    expect(answer.body).toEqual({
      corp_info: {
        corp_type: 4,
        credentials_type: 1,
        credentials_name: '杭州云栖示例科技有限公司',
        credentials_number: '91330106MA2KX7Q1D5',
        credentials_pic: { path: '' },
        credentials_address: '浙江省杭州市西湖区文三路90号1幢501室',
        province_code: '330000',
        province_name: '浙江省',
        city_code: '330100',
        city_name: '杭州市',
        region_code: '330106',
        region_name: '西湖区',
        communication_address: '浙江省杭州市西湖区文三路90号1幢501室',
        incharge_people_name: '王小明',
        incharge_people_credentials_type: 2,
        incharge_people_credentials_number: '330106199003071236',
        incharge_people_credentials_front: { path: '' },
        incharge_people_credentials_back: { path: '' },
        incharge_people_credentials_has_end_time: true,
        incharge_people_credentials_valid_start_time: 1583510400, // 2020-03-07 00:00 +08:00
        incharge_people_credentials_valid_end_time: 2214662400, // 2040-03-07 00:00 +08:00
        incharge_people_email: 'wangxm@yunqi-example.com',
        incharge_people_phone: '13905710000',
        incharge_people_emergency_phone: '13905710001',
        corp_authority_letter: [{ path: '' }],
        corp_commitment: [{ path: '' }],
      },
      app_info: {
        service_content_type_list: [9002],
        involve_pre_approval: false,
        incharge_people_email: 'wangxm@yunqi-example.com',
        incharge_people_phone: '13905710000',
        incharge_people_emergency_phone: '13905710001',
        app_authority_letter: [{ path: '' }],
        remark: profile.miniPrograms[0]!.remark,
      },
    });
    expect(answer.uploads.map((u) => u.field)).toEqual([
      'corp_info.credentials_pic.path',
      'corp_info.incharge_people_credentials_front.path',
      'corp_info.incharge_people_credentials_back.path',
      'corp_info.corp_authority_letter[0].path',
      'corp_info.corp_commitment[0].path',
      'app_info.app_authority_letter[0].path',
    ]);
    expect(answer.missing?.map((m) => m.field)).toEqual(['app_info.app_language', 'app_info.facial_recognition_token']);
  });

  it('the Douyin example\'s dates read back: 1704038400 is 2024-01-01 in China', () => {
    const profile = fixture();
    profile.subject.head.certificate.validFrom = '2024-01-01';
    profile.subject.head.certificate.validUntil = '长期';
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'douyin', codes: OWN });
    expect(answer.ok && answer.body.corp_info).toMatchObject({ incharge_people_credentials_valid_start_time: 1704038400, incharge_people_credentials_has_end_time: false });
    expect(answer.ok && answer.body.corp_info).not.toHaveProperty('incharge_people_credentials_valid_end_time');
  });

  it('a 直辖市\'s city is 市辖区, and approvals carry their item ids and files', () => {
    const profile = personal();
    profile.miniPrograms[0]!.platform = '抖音';
    profile.miniPrograms[0]!.approvals = [{ type: '出版', number: '沪出审2026-01' }];
    profile.materials = [material('前置审批文件', 'miniPrograms[0]')];
    const codes: CodeOverrides = { douyin: { serviceContentTypes: { 餐饮服务: 9002 }, subjectTypes: { 个人: 9005 }, certificateTypes: { 个人: { 居民身份证: 9006 } } } };
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'douyin', codes });
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
    if (!answer.ok) return;
    expect(answer.body.corp_info).toMatchObject({ corp_type: 9005, credentials_type: 9006, province_name: '上海市', city_code: '310100', city_name: '市辖区', region_code: '310115', region_name: '浦东新区' });
    expect(answer.body.corp_info).not.toHaveProperty('corp_authority_letter');
    expect(answer.body.app_info).toMatchObject({ involve_pre_approval: true, pre_approval_list: [{ pre_approval_item_id: 2, pre_approval_number: '沪出审2026-01', pre_approval_files: [{ path: '' }] }] });
    expect(answer.uploads).toContainEqual({ field: 'app_info.pre_approval_list[0].pre_approval_files[0].path', material: 'materials[0]' });
  });
});

describe('icp:export refusals and hosts', () => {
  it.each([
    ['apps[0]', 'files mini programs only'],
    ['websites[0]', 'pass service: "miniPrograms[i]"; the profile holds 1 mini program (miniPrograms[0])'],
    ['miniPrograms[3]', 'there is no miniPrograms[3]'],
  ])('service %s is answered with what to pass', (service, text) => {
    for (const to of ['wechat', 'douyin'] as const) {
      expect(exportFiling(fixture(), { service, to, codes: OWN })).toMatchObject({ ok: false, error: expect.stringContaining(text) });
    }
  });

  it('an appId of another host is not sent to WeChat', () => {
    const profile = fixture();
    profile.miniPrograms[0]!.platform = '抖音';
    profile.miniPrograms[0]!.appId = 'tt0123456789abcdef';
    const answer = exportFiling(profile, { service: 'miniPrograms[0]', to: 'wechat', codes: OWN });
    expect(answer.ok && (answer.body.icp_applets as { base_info: object }).base_info).not.toHaveProperty('appid');
  });

  it('a region that is not a division is named', () => {
    const profile = fixture();
    profile.subject.region.county = '不存在区';
    expect(exportFiling(profile, { service: 'miniPrograms[0]', to: 'wechat', codes: OWN })).toMatchObject({ ok: false, error: expect.stringContaining('subject.region.county') });
  });
});

describe('the code table', () => {
  it('the agent\'s entries are laid over the default, category by category', () => {
    const table = codesFor('wechat', { wechat: { certificateTypes: { 企业: { 组织机构代码证: 9012 } }, subjectTypes: { 企业: 9004 } } });
    expect(table.certificateTypes.企业).toEqual({ '营业执照（个人或企业）': 1, 组织机构代码证: 9012 });
    expect(table.subjectTypes).toMatchObject({ 企业: 9004, 个人: 5 });
    expect(DEFAULT_CODES.wechat.subjectTypes.企业).toBe(4);
  });
});
