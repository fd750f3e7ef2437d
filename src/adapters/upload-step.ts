import type { MaterialKind } from '../profile/options';
import type { FieldSpec, SectionId } from './define-adapter';

// The upload step the consoles share (seeds 000/001 "上传备案资料", seed 002's list of materials, portals.md §1.1 and
// the ng-zorro upload step's idcardFace / idcardReverse / domainCertificate / certificateAuth / websiteCheck /
// preApproval / otherData): one upload field per material, in the block of the subject, a 负责人 or a service, told
// apart by the block's heading like any other field. 其他材料 is no material of the profile and is never filled.

/** The words a console puts beside each material's upload (rules-corpus.md §1.5, seeds 000–004, portals.md). */
export const UPLOAD_LABELS = {
  subjectCertificate: ['主办单位证件', '主办单位证件照片', '主办单位证件扫描件', '主办单位证件彩色扫描件', '主体证件', '主体证件照片', '单位证件', '单位证件照片', '营业执照', '营业执照扫描件', '主办者证件', '证件扫描件'],
  front: ['证件人像面', '证件人像面照片', '身份证人像面', '身份证人像面照片', '人像面', '证件正面', '证件正面照片', '身份证正面', '身份证正面照片', '负责人证件人像面', '负责人身份证人像面', '负责人身份证正面'],
  back: ['证件国徽面', '证件国徽面照片', '身份证国徽面', '身份证国徽面照片', '国徽面', '证件反面', '证件反面照片', '身份证反面', '身份证反面照片', '负责人证件国徽面', '负责人身份证国徽面', '负责人身份证反面'],
  /** Seed 002: 身份证正反面需要合成一张图片上传. */
  bothSides: ['身份证正反面', '证件正反面', '身份证正反面照片', '证件正反面照片', '身份证正反面合成照片', '负责人身份证正反面'],
  handheld: ['手持证件照', '手持证件照片', '手持身份证照片', '手持身份证', '负责人手持证件照'],
  domainCertificate: ['域名证书', '域名证书扫描件', '域名注册证书', '域名证书照片'],
  approval: ['前置审批文件', '前置审批材料', '前置审批证明', '前置审批批文', '专项审批文件'],
  authorisation: ['授权书', '负责人授权书', '法人授权书', '授权委托书'],
  undertaking: ['承诺书', '备案承诺书', '网站备案承诺书', '信息安全承诺书'],
  checkSheet: ['网站备案信息真实性核验单', '真实性核验单', '核验单', '备案核验单'],
} as const satisfies Record<string, readonly string[]>;

const upload = (section: SectionId, kind: MaterialKind, owner: string, labels: readonly string[], compose?: MaterialKind, orOwner?: string): FieldSpec => ({
  path: 'materials',
  section,
  labels,
  widget: 'upload',
  material: { kind, owner, ...(compose ? { compose } : {}), ...(orOwner ? { orOwner } : {}) },
});

/**
 * A 负责人's documents, in the block of the person whose `owner` path they belong to; with `orOwner`, the person
 * that path stands for when the profile leaves it out (a 公安 security head absent = the service's head).
 */
export const personUploads = (section: SectionId, owner: string, orOwner?: string): FieldSpec[] => [
  upload(section, '负责人证件人像面', owner, UPLOAD_LABELS.front, undefined, orOwner),
  upload(section, '负责人证件国徽面', owner, UPLOAD_LABELS.back, undefined, orOwner),
  upload(section, '负责人证件人像面', owner, UPLOAD_LABELS.bothSides, '负责人证件国徽面', orOwner),
  upload(section, '手持证件照', owner, UPLOAD_LABELS.handheld, undefined, orOwner),
];

/** Every upload of a filing's materials step (the subject, its 负责人, the website or APP and its 负责人), of the sections an adapter has. */
export function uploadStepFields(sections: readonly SectionId[]): FieldSpec[] {
  const all = [
    upload('subject', '主办单位证件', 'subject', UPLOAD_LABELS.subjectCertificate),
    ...personUploads('subject-head', 'subject.head'),
    upload('subject-head', '授权书', 'subject.head', UPLOAD_LABELS.authorisation),
    upload('website', '域名证书', 'websites[]', UPLOAD_LABELS.domainCertificate),
    upload('website', '前置审批文件', 'websites[]', UPLOAD_LABELS.approval),
    upload('website', '承诺书', 'websites[]', UPLOAD_LABELS.undertaking),
    upload('website', '核验单', 'websites[]', UPLOAD_LABELS.checkSheet),
    ...personUploads('website-head', 'websites[].head'),
    upload('website-head', '授权书', 'websites[].head', UPLOAD_LABELS.authorisation),
    upload('app', '前置审批文件', 'apps[]', UPLOAD_LABELS.approval),
    ...personUploads('app-head', 'apps[].head'),
  ];
  return all.filter((field) => sections.includes(field.section));
}
