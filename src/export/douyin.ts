import type { Profile } from '../profile/schema';
import type { CodeTable } from './codes';
import { CodeLookup, MaterialPicker, cityName, compact, pickMiniProgram, resolveRegion, unixSeconds, type ExportAnswer, type Missing } from './shared';

// The body of Douyin's submit_record_info (POST https://open.douyin.com/api/apps/v1/icp_record/submit_record_info/),
// field names as its page gives them:
// https://developer.open-douyin.com/docs/resource/zh-CN/thirdparty/API/smallprogram/auth-app-manage/icp-record/submit-record-info
// (the same body as alter_record_info). Dates are Unix seconds of the day's start in China: the page's example
// 1704038400 is 2024-01-01 00:00 +08:00. Regions: codes and names, as query_region_list gives them (GB/T 2260; a
// 直辖市's city is 市辖区). Files are `{ path }` objects from upload_image, left empty here.
// Not in this body: the mini program's name and appid (the call is made with that app's own access token), and the
// applet head's name and ID (app_info carries the head's contacts only; the identity comes from the face check).

const empty = () => ({ path: '' });

export function toDouyin(profile: Profile, service: string, table: CodeTable): ExportAnswer {
  const picked = pickMiniProgram(profile, service, 'douyin');
  if ('error' in picked) return { ok: false, error: picked.error };
  const region = resolveRegion(profile);
  if ('error' in region) return { ok: false, error: region.error };
  const { index, mini } = picked;
  const subject = profile.subject;
  const head = subject.head;
  const nature = subject.nature.trim();
  const personal = nature === '个人';
  const codes = new CodeLookup(table, 'douyin');
  const files = new MaterialPicker(profile.materials);
  const missing: Missing[] = [];
  const miniPath = `miniPrograms[${index}]`;

  // The subject's document: its scan, or for a person their ID's portrait side.
  files.slot('corp_info.credentials_pic.path', [{ kind: '主办单位证件', owner: 'subject' }, ...(personal ? [{ kind: '负责人证件人像面', owner: 'subject.head' }] : [])]);
  files.slot('corp_info.incharge_people_credentials_front.path', [{ kind: '负责人证件人像面', owner: 'subject.head' }]);
  files.slot('corp_info.incharge_people_credentials_back.path', [{ kind: '负责人证件国徽面', owner: 'subject.head' }]);
  if (!personal) files.slot('corp_info.corp_authority_letter[0].path', [{ kind: '授权书', owner: 'subject.head' }, { kind: '授权书', owner: 'subject' }]);
  files.slot('corp_info.corp_commitment[0].path', [{ kind: '承诺书', owner: 'subject' }]);
  const corpOthers = files.each((k) => `corp_info.corp_other_materials[${k}].path`, [{ kind: '其他', owner: 'subject' }]);

  const validUntil = head.certificate.validUntil?.trim();
  const corpInfo = compact(
    {
      corp_type: nature ? codes.get('subjectTypes', nature, 'corp_info.corp_type') : undefined,
      credentials_type: subject.certificate.type.trim() ? codes.certificate(nature, subject.certificate.type, 'corp_info.credentials_type') : undefined,
      // 证件名称: the name the document is issued to, the 主办单位名称 (the page's example value, "1", does not say).
      credentials_name: subject.name.trim(),
      credentials_number: subject.certificate.number.trim(),
      credentials_pic: empty(),
      credentials_address: subject.certificate.address.trim(),
      province_code: region.province.code,
      province_name: region.province.name,
      city_code: region.city.code,
      city_name: cityName(region),
      region_code: region.county.code,
      region_name: region.county.name,
      // In full, as the profile stores it: the page does not say to drop the region (WeChat's does).
      communication_address: subject.mailingAddress.trim(),
      incharge_people_name: head.name.trim(),
      incharge_people_credentials_type: head.certificate.type.trim() ? codes.get('personCertificateTypes', head.certificate.type, 'corp_info.incharge_people_credentials_type') : undefined,
      incharge_people_credentials_number: head.certificate.number.trim(),
      incharge_people_credentials_front: empty(),
      incharge_people_credentials_back: empty(),
      // 「负责人证件是否有有效期」: 长期 has none.
      incharge_people_credentials_has_end_time: validUntil ? validUntil !== '长期' : undefined,
      incharge_people_credentials_valid_start_time: unixSeconds(head.certificate.validFrom),
      incharge_people_credentials_valid_end_time: unixSeconds(validUntil),
      incharge_people_email: head.emails[0]?.trim(),
      incharge_people_phone: head.mobiles[0]?.trim(),
      incharge_people_emergency_phone: head.emergencyPhone.trim(),
      ...(personal ? {} : { corp_authority_letter: [empty()] }),
      corp_commitment: [empty()],
      ...(corpOthers ? { corp_other_materials: Array.from({ length: corpOthers }, empty) } : {}),
      remark: subject.remark.trim(),
    },
  );

  const approvals = mini.approvals.filter((a) => a.type.trim());
  const preApprovals = approvals.map((approval, j) => {
    files.slot(`app_info.pre_approval_list[${j}].pre_approval_files[0].path`, [{ kind: '前置审批文件', owner: miniPath }], j);
    return compact({
      pre_approval_item_id: codes.get('approvalTypes', approval.type, `app_info.pre_approval_list[${j}].pre_approval_item_id`),
      pre_approval_number: approval.number.trim(),
      pre_approval_files: [empty()],
    });
  });
  if (!personal) files.slot('app_info.app_authority_letter[0].path', [{ kind: '授权书', owner: `${miniPath}.head` }, { kind: '授权书', owner: miniPath }]);
  const appOthers = files.each((k) => `app_info.app_other_materials[${k}].path`, [{ kind: '其他', owner: miniPath }]);

  const appHead = mini.head;
  const appInfo = compact({
    service_content_type_list: mini.services.filter((s) => s.trim()).map((s, k) => codes.get('serviceContentTypes', s, `app_info.service_content_type_list[${k}]`)),
    involve_pre_approval: approvals.length > 0,
    ...(approvals.length ? { pre_approval_list: preApprovals } : {}),
    incharge_people_email: appHead.emails[0]?.trim(),
    incharge_people_phone: appHead.mobiles[0]?.trim(),
    incharge_people_emergency_phone: appHead.emergencyPhone.trim(),
    ...(personal ? {} : { app_authority_letter: [empty()] }),
    ...(appOthers ? { app_other_materials: Array.from({ length: appOthers }, empty) } : {}),
    remark: mini.remark.trim(),
  });
  missing.push(
    {
      field: 'app_info.app_language',
      reason: '备案资料中的小程序没有语言字段，抖音的语言代码也没有查询接口：请按抖音的说明填写 · the profile holds no language for a mini program, and Douyin publishes no query for its language codes: fill it as Douyin documents it',
    },
    {
      field: 'app_info.facial_recognition_token',
      reason: '小程序负责人完成人证核验（get_facial_recognition_url）后得到的 token，提交前填入 · the token of the applet head\'s face verification (get_facial_recognition_url), set before submitting',
    },
  );

  const error = codes.error();
  if (error) return { ok: false, error };
  return { ok: true, body: { corp_info: corpInfo, app_info: appInfo }, uploads: files.uploads, missing };
}
