import { defineAdapter, type FieldSpec } from './define-adapter';
import { joined } from './formats';

// Any other filing form: fields are found by the label a person reads (label elements, table cells to the left,
// element-plus form items, aria-label, placeholder), with the synonyms portals use. A label must match exactly
// and lead to exactly one control; anything less certain is reported not-found and left alone.

const SUBJECT = '^(?!.*负责人)(?!.*网站)(?!.*接入).*(主办|主体)';
const SUBJECT_HEAD = '(主办|主体).*负责人';
const WEBSITE = '^(?!.*负责人)(?!.*接入).*(网站|互联网信息服务|服务信息)';
const WEBSITE_HEAD = '(网站|互联网信息服务|服务)负责人';
const ACCESS = '接入';

function person(prefix: 'subject.head' | 'websites[].head', section: string): FieldSpec[] {
  return [
    { path: `${prefix}.name`, labels: ['负责人姓名', '姓名'], section },
    { path: `${prefix}.certificate.type`, labels: ['负责人证件类型', '证件类型'], section },
    { path: `${prefix}.certificate.number`, labels: ['负责人证件号码', '证件号码'], section },
    { path: `${prefix}.officePhone`, labels: ['办公室电话', '固定电话', '办公电话'], section },
    { path: `${prefix}.mobiles`, labels: ['手机号码', '手机号', '联系手机'], section, codec: joined('/') },
    { path: `${prefix}.emergencyPhone`, labels: ['应急联系电话', '应急电话'], section },
    { path: `${prefix}.emails`, labels: ['电子邮件地址', '电子邮箱', '电子邮件', '邮箱'], section, codec: joined('/') },
  ];
}

export default defineAdapter({
  id: 'generic',
  name: '通用表单 · Generic filing form',
  hosts: [],
  steps: [
    {
      id: 'form',
      detect: 'form, input, textarea, select',
      fields: [
        { path: 'subject.name', labels: ['主办单位名称', '主办者名称', '主体名称', '单位名称'], section: SUBJECT },
        { path: 'subject.nature', labels: ['主办单位性质', '主办者性质', '主体性质', '单位性质'], section: SUBJECT },
        { path: 'subject.certificate.type', labels: ['主办单位证件类型', '主体证件类型', '证件类型'], section: SUBJECT },
        { path: 'subject.certificate.number', labels: ['主办单位证件号码', '主体证件号码', '证件号码'], section: SUBJECT },
        { path: 'subject.region', labels: ['所在地区', '主办单位所在地', '所在省市县', '省市区'], section: SUBJECT, widget: 'el-cascader' },
        { path: 'subject.region.province', labels: ['主办单位所在省', '所在省份', '省份', '省'], section: SUBJECT },
        { path: 'subject.region.city', labels: ['主办单位所在市', '所在城市', '城市', '市'], section: SUBJECT },
        { path: 'subject.region.county', labels: ['主办单位所在县(地区)', '主办单位所在县', '所在区县', '区县', '县(地区)'], section: SUBJECT },
        { path: 'subject.certificate.address', labels: ['主办单位证件住所', '证件住所', '证件地址'], section: SUBJECT },
        { path: 'subject.mailingAddress', labels: ['主办单位通讯地址', '主办单位通信地址', '通讯地址', '通信地址'], section: SUBJECT },
        { path: 'subject.investor', labels: ['投资人或主管单位', '投资者或上级主管单位', '投资人'], section: SUBJECT },
        ...person('subject.head', SUBJECT_HEAD),
        { path: 'websites[].name', labels: ['网站名称', '服务名称'], section: WEBSITE },
        { path: 'websites[].domains', labels: ['网站域名', '域名'], section: WEBSITE, codec: joined('/') },
        { path: 'websites[].homepage', labels: ['网站首页URL', '网站首页地址', '首页URL', '首页地址'], section: WEBSITE },
        { path: 'websites[].services', labels: ['网站服务内容', '服务内容'], section: WEBSITE, widget: 'checkboxes' },
        { path: 'websites[].languages', labels: ['网站语言类别', '网站语言', '语言类别'], section: WEBSITE, widget: 'checkboxes' },
        ...person('websites[].head', WEBSITE_HEAD),
        { path: 'websites[].access.provider', labels: ['接入服务商', '网站接入服务提供者名称', '接入商'], section: ACCESS },
        { path: 'websites[].access.ips', labels: ['网站IP地址', 'IP地址'], section: ACCESS, codec: joined(';') },
        { path: 'websites[].access.methods', labels: ['网站接入方式', '接入方式'], section: ACCESS, widget: 'checkboxes' },
        { path: 'websites[].access.serverLocations', labels: ['服务器放置地点', '服务器所在地'], section: ACCESS, widget: 'checkboxes' },
      ],
    },
  ],
});
