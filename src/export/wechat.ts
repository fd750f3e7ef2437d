import type { Person, Profile } from '../profile/schema';
import { provinceOfIdPrefix } from '../rules/data/divisions';
import { NO_APPROVAL, type CodeTable } from './codes';
import {
  CodeLookup,
  MaterialPicker,
  addressWithoutRegion,
  compact,
  pickMiniProgram,
  resolveRegion,
  samePerson,
  yyyymmdd,
  type ExportAnswer,
  type MaterialWanted,
  type Missing,
} from './shared';

// The body of WeChat's applyIcpFiling (POST https://api.weixin.qq.com/wxa/icp/apply_icp_filing), field names and
// formats as its page gives them:
// https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling
// (also .../OpenApiDoc/miniprogram-management/record/applyIcpFiling.html). Region codes: GB/T 2260, as the page's
// example (110000 / 110100 / 110105) and query_icp_district_code show them. Media ids come from upload_icp_media.

const personalCertificate = '居民身份证';
/** A 临时居住证明 (居住证、暂住证、社保证明、房产证…), told apart from the subject's other files by its name. */
const RESIDENCE = /居住|暂住|社保|房产/;

/** principal_info (主体负责人 or 小程序负责人): the person's fields, the two ID photos and, for an organisation, the 授权书. */
function principal(person: Person, at: string, owners: { photos: readonly string[]; letter: readonly string[] }, organisation: boolean, codes: CodeLookup, files: MaterialPicker) {
  files.slot(`${at}.certificate_photo_front`, owners.photos.map((owner) => ({ kind: '负责人证件人像面', owner })));
  files.slot(`${at}.certificate_photo_back`, owners.photos.map((owner) => ({ kind: '负责人证件国徽面', owner })));
  // 授权书: 「当主体负责人不是法人时需要主体负责人授权书，当小程序负责人不是法人时需要小程序负责人授权书」.
  if (organisation) files.slot(`${at}.authorization_letter`, owners.letter.map((owner) => ({ kind: '授权书', owner })));
  return compact(
    {
      name: person.name.trim(),
      mobile: person.mobiles[0]?.trim(),
      email: person.emails[0]?.trim(),
      emergency_contact: person.emergencyPhone.trim(),
      certificate_type: person.certificate.type.trim() ? codes.get('personCertificateTypes', person.certificate.type, `${at}.certificate_type`) : undefined,
      certificate_number: person.certificate.number.trim(),
      certificate_validity_date_start: yyyymmdd(person.certificate.validFrom),
      certificate_validity_date_end: yyyymmdd(person.certificate.validUntil),
      certificate_photo_front: '',
      certificate_photo_back: '',
      ...(organisation ? { authorization_letter: '' } : {}),
    },
    ['certificate_photo_front', 'certificate_photo_back', 'authorization_letter'],
  );
}

export function toWechat(profile: Profile, service: string, table: CodeTable): ExportAnswer {
  const picked = pickMiniProgram(profile, service, 'wechat');
  if ('error' in picked) return { ok: false, error: picked.error };
  const region = resolveRegion(profile);
  if ('error' in region) return { ok: false, error: region.error };
  const { index, mini } = picked;
  const subject = profile.subject;
  const nature = subject.nature.trim();
  const personal = nature === '个人';
  const codes = new CodeLookup(table, 'wechat');
  const files = new MaterialPicker(profile.materials);
  const missing: Missing[] = [];
  const miniPath = `miniPrograms[${index}]`;

  const baseInfo = compact({
    type: nature ? codes.get('subjectTypes', nature, 'icp_subject.base_info.type') : undefined,
    name: subject.name.trim(),
    province: region.province.code,
    city: region.city.code,
    district: region.county.code,
    address: addressWithoutRegion(subject.mailingAddress, region),
    comment: subject.remark.trim(),
    record_number: subject.recordNumber.trim(),
  });

  // 个人: personal_info; its 临时居住证明 only for a person filing outside the province of their ID (「个人备案且非本省人员」).
  let personalInfo: Record<string, string> | undefined;
  if (personal) {
    const idNumber = subject.certificate.type.trim() === personalCertificate ? subject.certificate.number : subject.head.certificate.number;
    const home = provinceOfIdPrefix(idNumber.trim());
    personalInfo = {};
    if (home && home.code !== region.province.code) {
      personalInfo.residence_permit = '';
      files.slot('icp_subject.personal_info.residence_permit', [
        { kind: '其他', owner: 'subject', accept: (m) => RESIDENCE.test(m.name) },
        { kind: '其他', owner: 'subject.head', accept: (m) => RESIDENCE.test(m.name) },
      ]);
    }
  }

  // organize_info is required for a person too: 「个人备案时，如果存在与主体负责人信息相同的字段，则填入相同的值」.
  const organizeInfo = compact(
    {
      certificate_type: subject.certificate.type.trim() ? codes.certificate(nature, subject.certificate.type, 'icp_subject.organize_info.certificate_type') : undefined,
      certificate_number: subject.certificate.number.trim(),
      certificate_address: subject.certificate.address.trim(),
      ...(personal ? {} : { certificate_photo: '' }),
    },
    ['certificate_photo'],
  );
  if (!personal) files.slot('icp_subject.organize_info.certificate_photo', [{ kind: '主办单位证件', owner: 'subject' }]);

  const subjectPrincipal = principal(subject.head, 'icp_subject.principal_info', { photos: ['subject.head'], letter: ['subject.head', 'subject'] }, !personal, codes, files);
  if (!personal) {
    missing.push({
      field: 'icp_subject.legal_person_info',
      reason: '主体负责人不是法定代表人时必填（法人姓名、证件号码），备案资料中没有法定代表人的信息 · required when the subject head is not the legal representative (name, certificate number); the profile does not hold the legal representative',
    });
  }

  // The applet's head: their own photos, or the subject head's when they are the same person.
  const photos = [`${miniPath}.head`, ...(samePerson(mini.head, subject.head) ? ['subject.head'] : [])];
  const appletPrincipal = principal(mini.head, 'icp_applets.principal_info', { photos, letter: [`${miniPath}.head`, miniPath] }, !personal, codes, files);
  missing.push({
    field: 'icp_applets.principal_info.verify_task_id',
    reason: '小程序负责人扫脸认证（create_icp_verifytask）后得到的 task_id，提交前填入 · the task_id of the applet head\'s face verification (create_icp_verifytask), set before submitting',
  });

  // 前置审批: one nrlx_details item per approval with its number and file; none → 「以上都不涉及」, which the page requires too.
  const approvals = mini.approvals.filter((a) => a.type.trim());
  const nrlxDetails = approvals.length
    ? approvals.map((approval, j) => {
        files.slot(`icp_applets.base_info.nrlx_details[${j}].media`, [{ kind: '前置审批文件', owner: miniPath }], j);
        return compact({ type: codes.get('approvalTypes', approval.type, `icp_applets.base_info.nrlx_details[${j}].type`), code: approval.number.trim(), media: '' }, ['media']);
      })
    : [{ type: codes.get('approvalTypes', NO_APPROVAL, 'icp_applets.base_info.nrlx_details[0].type') }];

  // appid and name: 「不用填写，后台自动拉取」; sent as the profile holds them, the appid only when it is WeChat's.
  const wechatApp = ['', '微信'].includes(mini.platform.trim());
  const appletBase = compact({
    appid: wechatApp ? mini.appId.trim() : undefined,
    name: mini.name.trim(),
    service_content_types: mini.services.filter((s) => s.trim()).map((s, k) => codes.get('serviceContentTypes', s, `icp_applets.base_info.service_content_types[${k}]`)),
    nrlx_details: nrlxDetails,
    comment: mini.remark.trim(),
    record_number: mini.recordNumber.trim(),
  });

  // icp_materials: media-id lists. The 互联网信息服务承诺书 is always listed; the others when the profile holds them.
  const materials: Record<string, string[]> = { commitment_letter: [''] };
  const letters = [miniPath, 'subject'];
  const isAuthenticity = (m: { name: string }) => /真实性/.test(m.name);
  files.slot('icp_materials.commitment_letter[0]', letters.map((owner) => ({ kind: '承诺书', owner, accept: (m) => !isAuthenticity(m) })));
  const optional: [string, MaterialWanted[]][] = [
    ['authenticity_commitment_letter', letters.map((owner) => ({ kind: '承诺书', owner, accept: isAuthenticity }))],
    ['holding_certificate_photo', [`${miniPath}.head`, 'subject.head'].map((owner) => ({ kind: '手持证件照', owner }))],
    ['subject_other_materials', [{ kind: '其他', owner: 'subject', accept: (m) => !RESIDENCE.test(m.name) }]],
    ['applets_other_materials', [{ kind: '其他', owner: miniPath }]],
  ];
  for (const [key, wanted] of optional) {
    // 「最多上传1个」 for all but the two 其它附件 lists (up to 10).
    const most = key.endsWith('_other_materials') ? 10 : 1;
    const count = files.each((k) => `icp_materials.${key}[${k}]`, wanted, most);
    if (count) materials[key] = Array.from({ length: count }, () => '');
  }

  const error = codes.error();
  if (error) return { ok: false, error };
  return {
    ok: true,
    body: {
      icp_subject: {
        base_info: baseInfo,
        ...(personalInfo ? { personal_info: personalInfo } : {}),
        organize_info: organizeInfo,
        principal_info: subjectPrincipal,
      },
      icp_applets: { base_info: appletBase, principal_info: appletPrincipal },
      icp_materials: materials,
    },
    uploads: files.uploads,
    missing,
  };
}
