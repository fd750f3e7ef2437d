/** @jsxImportSource react */
import { Block, Row, SubField } from './layout';
import { ACCESS_METHOD_OPTIONS, APPROVAL_OPTIONS, LANGUAGE_OPTIONS, PROVIDERS, SERVER_LOCATION_GROUPS, SERVICE_OPTIONS } from './options';
import { personInitial, personKeys, personRows, type Setter, type Values } from './person';
import { cls } from './twin';
import { Autocomplete, CheckboxGroup, Disclosure, GroupedCheckboxes, MultiSelect, RadioGroup, Select, TagInput, TextInput } from './widgets';

// Step 网站信息 (`/beian/website`): blocks 网站信息, 网站负责人 and 接入信息. 网站域名 is a tag input (Enter adds a chip),
// 网站语言 a multi-select listbox combobox, 前置审批 a 是/否 radio group that shows a type combobox and a 文号 input
// when 是, 接入服务商 an editable combobox with list autocomplete over about 80 providers, 服务器放置地点 checkboxes
// grouped by 大区 under mixed checkboxes, IP地址 one input per row with 添加.

export const WEBSITE_KEYS = [
  'siteName',
  'domains',
  'homepage',
  'services',
  'languages',
  'preApproval',
  'approvalType',
  'approvalNumber',
  'siteRemark',
  ...personKeys('siteHead'),
  'provider',
  'accessMethods',
  'serverLocations',
  'ips',
];

export const WEBSITE_INITIAL: Values = {
  siteName: '',
  domains: [],
  homepage: '',
  services: [],
  languages: [],
  preApproval: '',
  approvalType: '',
  approvalNumber: '',
  siteRemark: '',
  ...personInitial('siteHead'),
  provider: '',
  accessMethods: [],
  serverLocations: [],
  ips: [''],
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function WebsiteStep({ values, set, onBack }: { values: Values; set: Setter; onBack: () => void }) {
  const text = (key: string, label: string, placeholder: string, required = true, multiline = false) => (
    <Row key={key} k={key} label={label} required={required}>
      {(name) => <TextInput value={str(values[key])} onChange={(v) => set(key, v)} naming={name()} placeholder={placeholder} required={required} multiline={multiline} />}
    </Row>
  );
  const ips = strs(values.ips);
  const approved = values.preApproval === '1';

  const site = [
    text('siteName', '网站名称', '请输入网站名称'),
    <Row key="domains" k="domains" label="网站域名" required>
      {(name) => <TagInput id="domains" value={strs(values.domains)} onChange={(v) => set('domains', v)} naming={name()} placeholder="请输入域名，如 example.com" hint="输入后按回车添加，可添加多个域名" chipsLabel="已添加的域名" />}
    </Row>,
    text('homepage', '网站首页地址', '如 www.example.com'),
    <Row key="services" k="services" label="网站服务内容" required>
      {(name) => <CheckboxGroup value={strs(values.services)} options={SERVICE_OPTIONS} onChange={(v) => set('services', v)} naming={name()} />}
    </Row>,
    <Row key="languages" k="languages" label="网站语言" required>
      {(name) => <MultiSelect id="languages" value={strs(values.languages)} options={LANGUAGE_OPTIONS} onChange={(v) => set('languages', v)} naming={name()} placeholder="请选择网站语言（可多选）" chipsLabel="已选网站语言" required />}
    </Row>,
    <Row key="preApproval" k="preApproval" label="是否涉及前置审批" required>
      {(name) => (
        <div className={cls('approval')}>
          <RadioGroup
            value={str(values.preApproval)}
            options={[
              { value: '1', label: '是' },
              { value: '0', label: '否' },
            ]}
            onChange={(v) => {
              set('preApproval', v);
              if (v === '0') {
                set('approvalType', '');
                set('approvalNumber', '');
              }
            }}
            naming={name()}
            required
          />
          {approved && (
            <div className={cls('approval-detail')}>
              <SubField k="approvalType" label="前置审批类型">
                {(naming) => <Select id="approvalType" value={str(values.approvalType)} options={APPROVAL_OPTIONS} onChange={(v) => set('approvalType', v)} naming={naming} placeholder="请选择审批类型" required />}
              </SubField>
              <SubField k="approvalNumber" label="前置审批文号">
                {(naming) => <TextInput value={str(values.approvalNumber)} onChange={(v) => set('approvalNumber', v)} naming={naming} placeholder="请输入审批文号" required />}
              </SubField>
            </div>
          )}
        </div>
      )}
    </Row>,
    text('siteRemark', '网站备注', '选填，如网站的主要内容', false, true),
  ];

  const access = [
    <Row key="provider" k="provider" label="接入服务商" required>
      {(name) => <Autocomplete id="provider" value={str(values.provider)} options={PROVIDERS} onChange={(v) => set('provider', v)} naming={name()} placeholder="输入关键字搜索服务商" required />}
    </Row>,
    <Row key="accessMethods" k="accessMethods" label="网站接入方式" required>
      {(name) => <CheckboxGroup value={strs(values.accessMethods)} options={ACCESS_METHOD_OPTIONS} onChange={(v) => set('accessMethods', v)} naming={name()} />}
    </Row>,
    <Row key="serverLocations" k="serverLocations" label="服务器放置地点" required>
      {(name) => <GroupedCheckboxes value={strs(values.serverLocations)} groups={SERVER_LOCATION_GROUPS} onChange={(v) => set('serverLocations', v)} naming={name()} />}
    </Row>,
    <Row key="ips" k="ips" label="IP地址" required>
      {(name) => (
        <div className={cls('ip-rows')}>
          {ips.map((ip, i) => (
            <div key={i} className={cls('ip-row')}>
              <TextInput value={ip} onChange={(v) => set('ips', ips.map((x, j) => (j === i ? v : x)))} naming={name()} placeholder="如 1.2.3.4 或 1.2.3.4-1.2.3.8" required />
              {ips.length > 1 && (
                <button type="button" className={cls('link-button')} aria-label={`删除第${i + 1}个IP地址`} onClick={() => set('ips', ips.filter((_, j) => j !== i))}>
                  删除
                </button>
              )}
            </div>
          ))}
          <button type="button" className={cls('button')} onClick={() => set('ips', [...ips, ''])}>
            添加
          </button>
        </div>
      )}
    </Row>,
  ];

  return (
    <div className={cls('step')}>
      <Disclosure id="website-help" title="填写说明">
        <p>网站名称不能为域名、纯数字或含敏感词；涉及前置审批的网站须上传审批文件。</p>
      </Disclosure>
      <Block k="website" title="网站信息">
        {site}
      </Block>
      <Block k="website-head" title="网站负责人">
        {personRows('siteHead', values, set)}
      </Block>
      <Block k="website-access" title="接入信息">
        {access}
      </Block>
      <div className={cls('actions')}>
        <button type="button" className={cls('button')} onClick={onBack}>
          上一步
        </button>
        <button type="button" className={cls('button-primary')}>
          保存草稿
        </button>
      </div>
    </div>
  );
}
