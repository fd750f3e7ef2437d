import { APPROVALS, NATURES, PERSON_CERTIFICATES, SERVER_LOCATIONS, SERVICES } from '../../../src/profile/options';

// A modern filing form built with element-plus (Vue 3), for the generic adapter: selects whose options live in a
// popper appended to <body>, a lazy cascader whose cities load after the province, checkbox groups, and look-alike
// fields (an English-name field, a second contact block) that must never be written. Since 2023 such forms also use
// el-select-v2 (a virtual list: only the options in view exist, and the one we want sits far down), a tag input with
// allow-create (one tag per domain), a date range, and a 长期有效 switch beside a start date that hides the end date.
//
// Issue 14 additions (this page follows no one portal: it is the generic modern form, so it takes the shapes the issue
// lists where the consoles' evidence shows them):
//   - 主办单位证件类型 is disabled until 主办单位性质 is chosen and emptied when it changes (the dependency every console
//     documents: portals.md §2.1 `unit_cert_type_show` after `unit_property_show`, §2.6 "the code depends on 性质",
//     §2.7 Inspur `certificationId` "disabled until 性质 is set");
//   - 前置审批 as a 是/否 question, with a type select and a 文号 input shown only for 是; 否 clears both. This is the
//     shape (a) issue 14 names; portals.md documents it for no portal (§2.7 Inspur: a type select; §2.8 WeChat
//     `nrlx_details` {type, code}), which is why it lives here and not on a portal's replica.

const list = (labels: readonly string[]) => JSON.stringify(labels);

/**
 * A long list of access providers, as the ISP lists of the MIIT code tables are: the ones the fixtures name sit far
 * down, below look-alikes that start with the same words, so the virtual list must be searched or scrolled.
 */
const CITIES = ['北京', '上海', '广州', '深圳', '杭州', '南京', '成都', '武汉', '西安', '重庆', '天津', '苏州', '长沙', '郑州', '青岛', '厦门'];
const KINDS = ['网络科技', '数据服务', '信息技术', '云计算', '通信技术'];
export const PROVIDERS: readonly string[] = [
  ...CITIES.flatMap((city) => KINDS.map((kind) => `${city}${kind}有限公司`)),
  '世纪互联（上海）数据服务', '华为云计算技术', '阿里云计算有限公司', '腾讯云计算（北京）有限责任公司',
  ...CITIES.map((city) => `${city}互联网数据中心`),
  '阿里云', '腾讯云', '华为云', '世纪互联',
  ...CITIES.map((city) => `中国电信${city}分公司`),
];

export function elementPage(): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>ICP备案 - 新版备案平台</title>
<link rel="stylesheet" href="/vendor/element-plus/index.css">
<style>body{font-family:system-ui,"Microsoft YaHei",sans-serif;margin:24px;max-width:900px}h3{margin-top:28px}.validity{display:flex;gap:12px;align-items:center}</style></head>
<body><div id="app">
<el-form label-width="180px" :model="form">
  <h3>主办单位信息</h3>
  <el-form-item label="主办单位名称"><el-input v-model="form.unitName" id="unitName"></el-input></el-form-item>
  <el-form-item label="主办单位名称（英文）"><el-input v-model="form.unitNameEn"></el-input></el-form-item>
  <el-form-item label="主办单位性质"><el-select v-model="form.nature" placeholder="请选择"><el-option v-for="n in natures" :key="n" :label="n" :value="n"></el-option></el-select></el-form-item>
  <el-form-item label="主办单位证件类型"><el-select v-model="form.certType" :disabled="!form.nature" placeholder="请选择"><el-option v-for="n in subjectCerts" :key="n" :label="n" :value="n"></el-option></el-select></el-form-item>
  <el-form-item label="主办单位证件号码"><el-input v-model="form.certNumber"></el-input></el-form-item>
  <el-form-item label="所在地区"><el-cascader v-model="form.region" :props="regionProps" placeholder="请选择省/市/区"></el-cascader></el-form-item>
  <el-form-item label="证件住所"><el-input v-model="form.certAddress"></el-input></el-form-item>
  <el-form-item label="通讯地址"><el-input v-model="form.address"><template #prepend>{{ regionText }}</template></el-input></el-form-item>
  <el-form-item label="投资人或主管单位"><el-input v-model="form.investor"></el-input></el-form-item>
  <h3>主办单位负责人信息</h3>
  <el-form-item label="负责人姓名"><el-input v-model="form.headName"></el-input></el-form-item>
  <el-form-item label="证件类型"><el-select v-model="form.headCertType" placeholder="请选择"><el-option v-for="n in personCertList" :key="n" :label="n" :value="n"></el-option></el-select></el-form-item>
  <el-form-item label="证件号码"><el-input v-model="form.headCertNumber"></el-input></el-form-item>
  <el-form-item label="证件有效期"><el-date-picker v-model="headValidity" type="daterange" range-separator="至" start-placeholder="起始日期" end-placeholder="截止日期" value-format="YYYY-MM-DD"></el-date-picker></el-form-item>
  <el-form-item label="办公室电话"><el-input v-model="form.headTel"></el-input></el-form-item>
  <el-form-item label="手机号码"><el-input v-model="form.headMobile"></el-input></el-form-item>
  <el-form-item label="电子邮件"><el-input v-model="form.headEmail"></el-input></el-form-item>
  <h3>网站信息</h3>
  <el-form-item label="网站名称"><el-input v-model="form.siteName"></el-input></el-form-item>
  <el-form-item label="网站名称（英文）"><el-input v-model="form.siteNameEn"></el-input></el-form-item>
  <el-form-item label="网站域名"><el-select v-model="form.domains" multiple filterable allow-create default-first-option :reserve-keyword="false" placeholder="输入域名后回车，每个域名一个标签"></el-select></el-form-item>
  <el-form-item label="网站首页URL"><el-input v-model="form.homepage"></el-input></el-form-item>
  <el-form-item label="网站服务内容"><el-checkbox-group v-model="form.services"><el-checkbox v-for="s in services" :key="s" :label="s" :value="s"></el-checkbox></el-checkbox-group></el-form-item>
  <el-form-item label="前置审批"><el-radio-group v-model="form.approvalNeeded"><el-radio value="是">是</el-radio><el-radio value="否">否</el-radio></el-radio-group></el-form-item>
  <el-form-item v-if="form.approvalNeeded === '是'" label="前置审批类型"><el-select v-model="form.approvalType" placeholder="请选择"><el-option v-for="a in approvals" :key="a" :label="a" :value="a"></el-option></el-select></el-form-item>
  <el-form-item v-if="form.approvalNeeded === '是'" label="审批文号"><el-input v-model="form.approvalNumber"></el-input></el-form-item>
  <h3>网站负责人信息</h3>
  <el-form-item label="负责人姓名"><el-input v-model="form.siteHeadName"></el-input></el-form-item>
  <el-form-item label="证件号码"><el-input v-model="form.siteHeadCertNumber"></el-input></el-form-item>
  <el-form-item label="证件有效期"><div class="validity">
    <el-date-picker v-model="form.siteHeadValidFrom" type="date" placeholder="起始日期" value-format="YYYY-MM-DD"></el-date-picker>
    <el-switch v-model="form.siteHeadLongTerm" active-text="长期有效"></el-switch>
    <el-date-picker v-if="!form.siteHeadLongTerm" v-model="form.siteHeadValidUntil" type="date" placeholder="截止日期" value-format="YYYY-MM-DD"></el-date-picker>
  </div></el-form-item>
  <el-form-item label="手机号码"><el-input v-model="form.siteHeadMobile"></el-input></el-form-item>
  <el-form-item label="电子邮件"><el-input v-model="form.siteHeadEmail"></el-input></el-form-item>
  <h3>推荐人信息（选填）</h3>
  <el-form-item label="姓名"><el-input v-model="form.referrerName"></el-input></el-form-item>
  <el-form-item label="手机号码"><el-input v-model="form.referrerMobile"></el-input></el-form-item>
  <h3>接入信息</h3>
  <el-form-item label="接入服务商"><el-select-v2 v-model="form.provider" :options="providers" :filterable="searchable" placeholder="请选择或搜索接入服务商"></el-select-v2></el-form-item>
  <el-form-item label="服务器放置地点"><el-checkbox-group v-model="form.serverLocations"><el-checkbox v-for="s in locations" :key="s" :label="s" :value="s"></el-checkbox></el-checkbox-group></el-form-item>
  <el-form-item><el-button type="primary" id="submit">提交备案</el-button></el-form-item>
</el-form>
</div>
<script src="/vendor/vue.global.prod.js"></script>
<script src="/vendor/element-plus/index.full.min.js"></script>
<script>
const { createApp, reactive, computed, watch } = Vue;
const params = new URLSearchParams(location.search);
async function children(parent) {
  return (await fetch('/api/divisions?parent=' + parent)).json();
}
const app = createApp({
  setup() {
    const form = reactive({ unitName: '', unitNameEn: '', nature: '', certType: '', certNumber: '', region: [], certAddress: '', address: '', investor: '',
      headName: '', headCertType: '', headCertNumber: '', headValidFrom: '', headValidUntil: '', headTel: '', headMobile: '', headEmail: '',
      siteName: '', siteNameEn: '', domains: [], homepage: '', services: [], approvalNeeded: '', approvalType: '', approvalNumber: '',
      siteHeadName: '', siteHeadCertNumber: '', siteHeadValidFrom: '', siteHeadLongTerm: false, siteHeadValidUntil: '', siteHeadMobile: '', siteHeadEmail: '',
      referrerName: '', referrerMobile: '', provider: '', serverLocations: [] });
    window.replicaState = () => JSON.parse(JSON.stringify(form));
    const orgCerts = ['营业执照（个人或企业）', '组织机构代码证', '统一社会信用代码证书', '事业单位法人证书'];
    const personCerts = ${list(PERSON_CERTIFICATES)};
    const regionProps = {
      lazy: true, value: 'name', label: 'name',
      // Cities and counties arrive from the server after the parent is chosen.
      async lazyLoad(node, resolve) {
        const parent = node.level === 0 ? '86' : node.data.code;
        const list = await children(parent);
        resolve(list.map((d) => ({ code: d.code, name: d.name, leaf: node.level >= 2 })));
      },
    };
    // As portals do, the certificate list follows the nature: a person files with a person's document.
    const subjectCerts = computed(() => (form.nature === '个人' ? personCerts : orgCerts));
    // As Aliyun does (portals.md §2.1, .address-prefix), the address input shows the chosen region before it.
    // The date range holds both ends in one value, as element-plus's daterange does; the form keeps them apart.
    const headValidity = computed({
      get: () => (form.headValidFrom && form.headValidUntil ? [form.headValidFrom, form.headValidUntil] : null),
      set: (range) => { form.headValidFrom = range?.[0] ?? ''; form.headValidUntil = range?.[1] ?? ''; },
    });
    // The certificate types are the nature's: another nature empties the choice.
    watch(() => form.nature, () => { form.certType = ''; });
    // 否 (no approval needed) takes the type and its number off the form.
    watch(() => form.approvalNeeded, (needed) => { if (needed !== '是') { form.approvalType = ''; form.approvalNumber = ''; } });
        // 长期有效 takes the end date off the form.
    watch(() => form.siteHeadLongTerm, (on) => { if (on) form.siteHeadValidUntil = ''; });
    const regionText = computed(() => (form.region.length ? form.region.join('') : '请先选择所在地区'));
    // ?nosearch: the provider list can only be scrolled, as a select-v2 without filterable is.
    const searchable = !params.has('nosearch');
    return { form, searchable, regionProps, subjectCerts, regionText, headValidity, personCertList: personCerts, natures: ${list(Object.keys(NATURES))}, services: ${list(Object.keys(SERVICES).slice(0, 24))}, approvals: ${list(Object.keys(APPROVALS))},
      providers: ${list(PROVIDERS)}.map((p) => ({ value: p, label: p })), locations: ${list(Object.keys(SERVER_LOCATIONS))} };
  },
});
app.use(ElementPlus).mount('#app');
</script></body></html>`;
}
