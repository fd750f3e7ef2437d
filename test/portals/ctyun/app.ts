import { exposeState } from '../common/spa-twin';
import { formTemplate, SUBJECT_CARDS, WEBSITE_CARDS } from './form';
import { ACCESS_METHOD_OPTIONS, APPROVAL_OPTIONS, certificateTypesOf, divisionsOf, LANGUAGE_OPTIONS, NATURE_OPTIONS, NO_APPROVAL, PERSON_CERTIFICATE_OPTIONS, PROVIDER_OPTIONS, SERVICE_OPTIONS, type Option } from './options';
import { BASE, cls } from './twin';

// 天翼云's ICP filing system (beian.ctyun.cn), rebuilt with element-ui 2 on Vue 2 as MIIT's own site is (portals.md
// §0): vue.min.js and element-ui's UMD build are plain scripts before this bundle, which reads the globals `Vue` (with
// its template compiler) and `ELEMENT` (which installed itself into it). History routes: `/subject` (主办单位信息 +
// 主办单位负责人信息, each an el-card with a header) and `/website` (网站信息, a read-only 主办单位负责人信息 card
// whose labels repeat as text, 网站负责人信息, 接入信息); under `/twin/…` the drifted twin (twin.ts).
// Traps: 证件类型 is disabled until 主办单位性质 is chosen, loads late and resets when the 性质 changes; 主办单位所属区域
// is a lazy el-cascader with short province names; 证件有效期 is a start date, an end date and a 长期 box under one
// label (长期 disables and clears the end); 网站语言 a multiple select; 网站域名 a tag input (allow-create, Enter);
// 前置审批 a box per type with its own 文号 and 以上都不涉及; 接入服务商 a filterable select of ~170 operators;
// IP地址 rows with 添加; 推荐人 is no profile field; every dropdown, cascader and date panel is appended to body.

type VueInstance = Record<string, unknown>;
type VueCtor = new (options: Record<string, unknown>) => VueInstance;
const Vue = Reflect.get(window, 'Vue') as VueCtor | undefined;
if (!Vue || !Reflect.get(window, 'ELEMENT')) throw new Error('vue.min.js and element-ui must load before the app');

type State = Record<string, string | string[] | boolean>;

const personState = (p: string): State => ({
  [`${p}Name`]: '',
  [`${p}CertType`]: '',
  [`${p}CertNumber`]: '',
  [`${p}ValidFrom`]: '',
  [`${p}ValidUntil`]: '',
  [`${p}LongTerm`]: false,
  [`${p}Mobile`]: '',
  [`${p}Emergency`]: '',
  [`${p}Email`]: '',
});

const subject: State = {
  region: [],
  nature: '',
  certType: '',
  certNumber: '',
  unitName: '',
  certAddress: '',
  mailAddress: '',
  investor: '',
  referrer: '',
  ...personState('head'),
  headTel: '',
};

const website: State = {
  siteName: '',
  domains: [],
  homepage: '',
  services: [],
  languages: [],
  approvals: [],
  ...Object.fromEntries(APPROVAL_OPTIONS.map((o) => [`approvalNo${o.value}`, ''])),
  remark: '',
  ...personState('siteHead'),
  provider: '',
  accessMethods: [],
  ips: [''],
};

type Route = 'subject' | 'website';
const routeOf = (path: string): Route => (path.slice(BASE.length).startsWith('/website') ? 'website' : 'subject');

const LEVEL_DELAYS = [250, 300, 350];
type CascaderNode = { level: number; value?: string };

const mask = (text: string, head: number, tail: number) => (text.length > head + tail ? `${text.slice(0, head)}${'*'.repeat(text.length - head - tail)}${text.slice(-tail)}` : text);

const longTermWatch = (p: string) =>
  function (this: { [k: string]: State }, longTerm: boolean) {
    if (longTerm) this[p === 'head' ? 's' : 'w']![`${p}ValidUntil`] = '';
  };

const template = `<div class="${cls('ct-console')}" style="max-width:1000px;margin:0 auto;padding:16px 24px;font-family:system-ui,'Microsoft YaHei',sans-serif">
<div class="${cls('ct-header')}" style="font-size:18px;margin-bottom:12px">天翼云 · ICP备案系统</div>
<el-steps :active="route === 'subject' ? 0 : 1" finish-status="success" simple class="${cls('ct-steps')}" style="margin-bottom:16px">
<el-step title="填写主办单位信息"></el-step><el-step title="填写网站信息"></el-step><el-step title="上传资料"></el-step><el-step title="提交审核"></el-step></el-steps>
<div v-if="route === 'subject'" key="subject" class="${cls('ct-step')}">${formTemplate('s', SUBJECT_CARDS)}
<div class="${cls('ct-actions')}" style="margin-top:16px"><el-button>保存</el-button><el-button type="primary" @click="go('website')">下一步</el-button></div></div>
<div v-else key="website" class="${cls('ct-step')}">${formTemplate('w', WEBSITE_CARDS)}
<div class="${cls('ct-actions')}" style="margin-top:16px"><el-button @click="go('subject')">上一步</el-button><el-button>保存</el-button><el-button type="primary">下一步，上传资料</el-button></div></div>
</div>`;

const vm = new Vue({
  el: '#root',
  template,
  data: () => ({
    route: routeOf(location.pathname),
    s: subject,
    w: website,
    o: {
      natures: NATURE_OPTIONS,
      personCertificates: PERSON_CERTIFICATE_OPTIONS,
      languages: LANGUAGE_OPTIONS,
      services: SERVICE_OPTIONS,
      approvals: APPROVAL_OPTIONS,
      accessMethods: ACCESS_METHOD_OPTIONS,
      providers: PROVIDER_OPTIONS,
    },
    unitCertificates: [] as Option[],
    unitCertificatesLoading: false,
    regionProps: {
      lazy: true,
      lazyLoad(node: CascaderNode, resolve: (children: (Option & { leaf: boolean })[]) => void) {
        const parent = node.level === 0 ? '86' : String(node.value);
        void divisionsOf(parent, LEVEL_DELAYS[node.level] ?? 300).then((list) => resolve(list.map((o) => ({ ...o, leaf: node.level >= 2 }))));
      },
    },
  }),
  computed: {
    checkedApprovals(this: { w: State }): Option[] {
      const chosen = this.w.approvals as string[];
      return APPROVAL_OPTIONS.filter((o) => chosen.includes(o.value));
    },
    savedHead(this: { s: State }) {
      // The subject step's saved 负责人 (a draft's when this session has none), shown masked as the system does.
      const name = String(this.s.headName || '李建国');
      const certNumber = String(this.s.headCertNumber || '110101198001011234');
      const mobile = String(this.s.headMobile || '13900005678');
      return { name, certNumber: mask(certNumber, 6, 4), mobile: mask(mobile, 3, 4) };
    },
  },
  watch: {
    // The certificate types follow the 性质: emptied and reset when it changes, refilled after a lookup.
    's.nature': async function (this: { s: State; unitCertificates: Option[]; unitCertificatesLoading: boolean }, nature: string) {
      this.s.certType = '';
      this.unitCertificates = [];
      if (!nature) return;
      this.unitCertificatesLoading = true;
      const list = await certificateTypesOf(nature);
      if (this.s.nature !== nature) return;
      this.unitCertificates = list;
      this.unitCertificatesLoading = false;
    },
    's.headLongTerm': longTermWatch('head'),
    'w.siteHeadLongTerm': longTermWatch('siteHead'),
    // 以上都不涉及 excludes every type (and a type checked after it unchecks it); an unchecked type's 文号 is cleared.
    'w.approvals': function (this: { w: State }, list: string[], old: string[]) {
      const added = list.filter((v) => !old.includes(v));
      if (added.includes(NO_APPROVAL) && list.length > 1) this.w.approvals = [NO_APPROVAL];
      else if (added.length && !added.includes(NO_APPROVAL) && list.includes(NO_APPROVAL)) this.w.approvals = list.filter((v) => v !== NO_APPROVAL);
      for (const o of APPROVAL_OPTIONS) if (!list.includes(o.value)) this.w[`approvalNo${o.value}`] = '';
    },
  },
  methods: {
    go(this: { route: Route }, next: Route) {
      history.pushState(null, '', `${BASE}/${next}`);
      this.route = next;
    },
  },
});

window.addEventListener('popstate', () => (vm.route = routeOf(location.pathname)));

exposeState(() => JSON.parse(JSON.stringify(vm.route === 'website' ? website : subject)) as Record<string, unknown>);

