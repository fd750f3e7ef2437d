import { samePerson } from '../export/shared';
import type { Person } from '../profile/schema';
import { HEAD_NOUNS, type Text } from '../rules/define-rule';
import { need, type Accepted, type Need } from './need';
import type { Scope, ServiceInScope } from './scope';

// The 负责人's ID sides and 授权书: for the subject head and for each service head.

const ID_SOURCE = 'rules-corpus §1.2, §1.5 (WX certificate_photo_front/back, HWA), §4.7; seed 004 (负责人证件)';
const COMPOSED_SOURCE = 'seed 002 §3 (身份证正反面需要合成一张图片上传)';
/** Documents with a single page to scan: their "back side" slot has nothing of its own. */
const ONE_PAGE = ['护照'];

function who(noun: Text, person: Person): Text {
  const name = person.name.trim();
  return name ? { zh: `${noun.zh}（${name}）`, en: `${noun.en} (${name})` } : noun;
}

/** The 人像面 and 国徽面 of one 负责人; `also` are other owners whose photos show the same person. */
export function idSides(scope: Scope, owner: string, noun: Text, person: Person, also: readonly Accepted[], composedBy: Text | undefined): Need[] {
  const holder = who(noun, person);
  const type = person.certificate.type.trim() || '居民身份证';
  const months = scope.province.idMinMonthsLeft;
  const validity: Text = { zh: `证件有效期须至少还剩 ${months} 个月`, en: `the document must have at least ${months} months left` };
  const together: Text = composedBy ? { zh: `${composedBy.zh}要求正反面合成一张图片上传`, en: `${composedBy.en} wants both sides composed into one image` } : { zh: '', en: '' };
  const sameAs: Text = also.length
    ? { zh: '与主体负责人是同一人（证件号码相同），主体负责人的证件照片同样可用', en: "the same person as the subject head (same certificate number): the subject head's photos serve too" }
    : { zh: '', en: '' };
  const join = (parts: Text[]): Text => ({ zh: parts.map((p) => p.zh).filter(Boolean).join('；'), en: parts.map((p) => p.en).filter(Boolean).join('; ') });
  const source = composedBy ? `${ID_SOURCE}; ${COMPOSED_SOURCE}` : ID_SOURCE;
  const front = join([{ zh: `${holder.zh}的${type}人像面：原件彩色扫描件或照片`, en: `${holder.en}: the portrait side of the ${type}, a colour scan or photo of the original` }, validity, together, sameAs]);
  const onePage = ONE_PAGE.includes(type);
  const back = onePage
    ? join([{ zh: `${holder.zh}的${type}只有一页资料页：有两个上传位的门户可能仍要第二张`, en: `${holder.en}: a ${type} has one data page; a portal with two slots may still want a second image` }, sameAs])
    : join([{ zh: `${holder.zh}的${type}国徽面（背面）：原件彩色扫描件或照片`, en: `${holder.en}: the emblem (back) side of the ${type}, a colour scan or photo of the original` }, validity, together, sameAs]);
  return [need('负责人证件人像面', owner, true, front, source, also), need('负责人证件国徽面', owner, !onePage, back, source, also)];
}

/** The subject head's ID sides, and their 授权书 when the subject head may not be the 法定代表人. */
export function subjectHeadNeeds(scope: Scope): Need[] {
  const head = scope.profile.subject.head;
  const composedBy = scope.services.find((s) => s.flow.id === '21vianet')?.flow.label;
  const needs = idSides(scope, 'subject.head', HEAD_NOUNS.subject, head, [], composedBy);
  if (!scope.personal) {
    needs.push(
      need(
        '授权书',
        'subject.head',
        false,
        {
          zh: '主体负责人不是法定代表人时需要法定代表人签字、单位盖章的授权书（多数省份要求主体负责人即法定代表人）；备案资料中没有记录法定代表人，无法判断',
          en: 'needed when the subject head is not the legal representative (most provinces want the legal representative as subject head): an authorisation signed by them and stamped; the profile does not record the legal representative, so this cannot be told',
        },
        'rules-corpus §1.2 (WX authorization_letter), §1.5 (WX, QC), §4.1, §4.8 (北京, 江苏, 安徽 accept 授权委托书)',
        [{ owner: 'subject' }],
      ),
    );
  }
  return needs;
}

/** A service head's ID sides (the subject head's photos count when it is the same person) and, if another person, their 授权书. */
export function serviceHeadNeeds(scope: Scope, service: ServiceInScope): Need[] {
  const owner = `${service.path}.head`;
  const noun = HEAD_NOUNS[service.role];
  const same = samePerson(service.head, scope.profile.subject.head);
  const needs = idSides(scope, owner, noun, service.head, same ? [{ owner: 'subject.head' }] : [], service.flow.id === '21vianet' ? service.flow.label : undefined);
  if (scope.personal || same) return needs;
  const holder = who(noun, service.head);
  const platform = ['微信', '抖音'].includes(service.host) ? service.host : '';
  const asks = [
    ...(scope.provinceMaterials.headAuthorisation ? [{ zh: scope.province.province, en: scope.province.province, source: scope.provinceMaterials.source }] : []),
    ...(platform ? [{ zh: `${platform}小程序备案`, en: `${platform === '微信' ? 'WeChat' : 'Douyin'} mini-program filing`, source: platform === '微信' ? 'rules-corpus §1.2 (WX authorization_letter)' : 'apps-security-materials.md §2 (DY app_authority_letter)' }] : []),
  ];
  const presumed: Text = {
    zh: `${holder.zh}与主体负责人不是同一人；多数省份要求主体负责人即法定代表人，因此${noun.zh}应不是法定代表人`,
    en: `${holder.en} is not the subject head, whom most provinces want to be the legal representative, so the ${noun.en} is presumably not the legal representative`,
  };
  const reason: Text = asks.length
    ? { zh: `${presumed.zh}：${asks.map((a) => a.zh).join('、')}要求其授权书`, en: `${presumed.en}: ${asks.map((a) => a.en).join(', ')} asks for their 授权书` }
    : { zh: `${presumed.zh}：不少省份和接入商要求授权书（以省管局、接入商要求为准）`, en: `${presumed.en}: many provinces and providers ask for an 授权书 (depends on the province and the provider)` };
  const source = ['rules-corpus §4.1, §4.8', 'seed 004 (法人為網站負責人不需要)', ...asks.map((a) => a.source)].join('; ');
  needs.push(need('授权书', owner, asks.length > 0, reason, source, [{ owner: service.path }]));
  return needs;
}
