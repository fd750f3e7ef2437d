/** @jsxImportSource react */
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { Button } from 'tea-component/es/button';
import { Card } from 'tea-component/es/card';
import { Checkbox } from 'tea-component/es/checkbox';
import { Form } from 'tea-component/es/form';
import { Input } from 'tea-component/es/input';
import { Radio } from 'tea-component/es/radio';
import { Select } from 'tea-component/es/select';
import { TagSelect } from 'tea-component/es/tagselect';
import type { PLATFORM_CODES } from './app-codes';
import { Row, Section } from './field';
import { useFormState } from './form-state';
import { LANGUAGE_OPTIONS, serviceOptions, type Option } from './options';
import { emptyPerson, usePersonRows } from './person';
import { Actions } from './subject';
import { cls, exposeState, rotated, TWIN } from './twin';
import { ApprovalList, Domains, type Approvals } from './widgets';

// 填写APP信息 of the Tencent Cloud filing console (console.cloud.tencent.com/beian), the APP filing's counterpart of
// 填写网站信息, on the history route `/beian/app` (twin: `/twin/beian/app`). Built from public evidence only:
//   - /work/shared/docs/apps-security-materials.md §1 (what an APP filing asks beyond a website: 包名, 公钥, 签名MD5 for
//     Android, SHA-1 for iOS and HarmonyOS; the APP's domains, each platform's domains among them; SDK questions in the
//     Volcengine notes) and rules-corpus.md §1.6 (the same 负责人 block as websites; 服务类型 APP).
//   - pages: m.imooc.com/mip/article/345615 "腾讯云APP备案指南" (the console asks per platform a block
//     "IOS平台特征信息" with "IOS平台Bundle ID", "公钥", "证书SHA-1指纹", "IOS平台服务器域名"); the Android block's
//     wording "安卓平台软件包名称 / 公钥 / 证书MD5指纹" as developers copy it from the console into their build notes
//     (public repositories found with find_string "安卓平台软件包名称"). No public page shows Tencent's 添加平台 control:
//     a card per platform added by 添加平台 is this replica's best guess.
//   - portals.md §2.2: React + tea-component 2.8.0 under ConfigProvider classPrefix "app-beian", root `#container`; the
//     existing 填写网站信息 replica (website.tsx): 应用服务类型 网站/APP, "服务名称（…）", 服务内容 as a virtual
//     Select.Multiple, 前置审批 with 以上都不涉及 and a 文号 per type, 添加域名 rows, IPs in one input split by `;`, a
//     备注, then the 负责人 section with 同主体负责人 and the SMS code.
//   - tea-component (node_modules/tea-component/es): Card, Form, Select, Checkbox.Group, Radio.Group, TagSelect.
// Values are the MIIT codes (服务内容, 语言, 前置审批) and this page's own platform codes (PLATFORM_CODES). Traps: a card's
// fields appear once its 平台 is chosen, and choosing another empties them; the fingerprint's label follows the
// platform (证书MD5指纹 / 证书SHA-1指纹); each card's 服务器域名 are checkboxes over what APP使用的域名 holds (fill those
// first); no card exists until 添加平台 is clicked; 是否对外提供SDK服务 starts unanswered; 第三方SDK is a TagSelect
// (typed, Enter); 应用服务类型, 同主体负责人 and the SMS code are no profile field and stay as they are.

type PlatformCode = (typeof PLATFORM_CODES)[keyof typeof PLATFORM_CODES];

const PLATFORM_NAMES: Record<PlatformCode, string> = { android: '安卓', ios: 'iOS', harmony: '鸿蒙' };
const PLATFORM_OPTIONS: Option[] = (Object.keys(PLATFORM_NAMES) as PlatformCode[]).map((value) => ({ value, text: PLATFORM_NAMES[value] }));

/** Third-party SDKs the list suggests; any other name is typed and confirmed with Enter. */
const SDK_OPTIONS = ['微信开放平台SDK', 'QQ互联SDK', '腾讯地图SDK', '腾讯云即时通信IM SDK', '腾讯移动推送TPNS', '支付宝SDK', '友盟统计SDK'].map((v) => ({ value: v }));

type Platform = { platform: string; packageName: string; publicKey: string; fingerprint: string; domains: string[] };
const PLATFORM_FIELDS = ['platform', 'packageName', 'publicKey', 'fingerprint', 'domains'] as const;
const emptyPlatform = (platform = ''): Platform => ({ platform, packageName: '', publicKey: '', fingerprint: '', domains: [] });

const APP = {
  serviceType: 'APP',
  appName: '',
  services: [] as string[],
  approvals: { types: [], numbers: {} } as Approvals,
  languages: [] as string[],
  providesSdk: '',
  thirdPartySdks: [] as string[],
  domains: [] as string[],
  ips: '',
  remark: '',
  platforms: [] as Platform[],
  sameAsSubjectHead: false,
  ...emptyPerson('appPerson'),
};

type AppValues = typeof APP;

/** `replicaState()`: the values as React holds them, a card's fields as `platform<i>.<field>`. */
function flat(values: AppValues): Record<string, unknown> {
  const { platforms, ...rest } = values;
  const out: Record<string, unknown> = JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
  platforms.forEach((p, i) => {
    for (const k of PLATFORM_FIELDS) out[`platform${i}.${k}`] = Array.isArray(p[k]) ? [...p[k]] : p[k];
  });
  return out;
}

/** The twin words the labels as other consoles do. */
const say = (replica: string, twin: string) => (TWIN ? twin : replica);

function labels(platform: PlatformCode): Record<'packageName' | 'publicKey' | 'fingerprint' | 'domains', string> {
  const name = PLATFORM_NAMES[platform];
  switch (platform) {
    case 'android':
      return { packageName: say('安卓平台软件包名称', '应用包名'), publicKey: say('公钥', '平台公钥'), fingerprint: say('证书MD5指纹', 'MD5签名值'), domains: say(`${name}平台服务器域名`, '服务器域名') };
    case 'ios':
      return { packageName: say('iOS平台Bundle ID', 'Bundle ID'), publicKey: say('公钥', '平台公钥'), fingerprint: say('证书SHA-1指纹', 'SHA1签名值'), domains: say(`${name}平台服务器域名`, '服务器域名') };
    case 'harmony':
      return { packageName: say('鸿蒙平台应用包名', 'bundleName'), publicKey: say('公钥', '平台公钥'), fingerprint: say('证书SHA-1指纹', '证书指纹'), domains: say(`${name}平台服务器域名`, '服务器域名') };
  }
}

const isPlatform = (value: string): value is PlatformCode => Object.hasOwn(PLATFORM_NAMES, value);

function PlatformCard({ index, value, domains, taken, onChange, onRemove }: { index: number; value: Platform; domains: string[]; taken: string[]; onChange(next: Platform): void; onRemove(): void }) {
  const platform = isPlatform(value.platform) ? value.platform : undefined;
  const set = (field: 'packageName' | 'publicKey' | 'fingerprint') => (next: string) => onChange({ ...value, [field]: next });
  const l = platform ? labels(platform) : undefined;
  const fields: ReactElement[] =
    platform && l
      ? rotated(
          [
            <Row key="packageName" name={`platform-packageName`} label={l.packageName} text>
              <Input value={value.packageName} onChange={set('packageName')} size="l" />
            </Row>,
            <Row key="publicKey" name={`platform-publicKey`} label={l.publicKey} text>
              <Input.TextArea value={value.publicKey} onChange={set('publicKey')} size="l" placeholder="请输入平台公钥" />
            </Row>,
            <Row key="fingerprint" name={`platform-fingerprint`} label={l.fingerprint} text>
              <Input value={value.fingerprint} onChange={set('fingerprint')} size="l" />
            </Row>,
            <Row key="domains" name={`platform-domains`} label={l.domains}>
              {domains.length ? (
                <Checkbox.Group value={value.domains} onChange={(next) => onChange({ ...value, domains: next })}>
                  {domains.map((d) => (
                    <Checkbox key={d} name={d}>
                      {d}
                    </Checkbox>
                  ))}
                </Checkbox.Group>
              ) : (
                <span className={cls('platform-domains-empty')}>请先填写APP使用的域名</span>
              )}
            </Row>,
          ],
          'tencent-platform-card',
        )
      : [];
  const title = platform ? `${PLATFORM_NAMES[platform]}平台特征信息` : `平台特征信息（${index + 1}）`;
  const remove = (
    <Button type="link" htmlType="button" onClick={onRemove}>
      删除
    </Button>
  );
  const form = (
    <Form>
      <Row name="platform-platform" label={say('APP运行平台', '平台')}>
        <Select
          size="m"
          options={PLATFORM_OPTIONS.map((o) => ({ ...o, disabled: taken.includes(o.value) }))}
          value={value.platform || undefined}
          onChange={(next) => onChange(emptyPlatform(next))}
          placeholder="请选择平台"
        />
      </Row>
      {fields}
    </Form>
  );
  if (TWIN) {
    return (
      <div className={cls('platform-card')}>
        <div role="heading" aria-level={4} className={cls('platform-title')}>
          {title} {remove}
        </div>
        {form}
      </div>
    );
  }
  return (
    <Card className={cls('platform-card')}>
      <Card.Body title={title} operation={remove}>
        {form}
      </Card.Body>
    </Card>
  );
}

export function AppPage({ back }: { back(): void }) {
  const { values, set, update } = useFormState(APP);
  const latest = useRef(values);
  latest.current = values;
  // After useFormState's own exposeState (same render): the platforms flattened into `platform<i>.<field>` keys.
  exposeState(() => flat(latest.current));
  const [services, setServices] = useState<Option[]>([]);
  useEffect(() => {
    serviceOptions().then(setServices);
  }, []);
  const person = usePersonRows('appPerson', values, (field, value) => update({ [field]: value }));
  const domains = [...new Set(values.domains.map((d) => d.trim()).filter(Boolean))];
  const setPlatform = (i: number) => (next: Platform) => set('platforms')(values.platforms.map((p, j) => (j === i ? next : p)));
  const removePlatform = (i: number) => set('platforms')(values.platforms.filter((_, j) => j !== i));
  const platformTitle = say('APP平台信息', 'APP运行平台及特征信息');
  return (
    <>
      <Section title="APP信息" salt="app">
        <Row name="serviceType" label="应用服务类型" required={false}>
          <Radio.Group value={values.serviceType} onChange={set('serviceType')}>
            <Radio name="网站">网站</Radio>
            <Radio name="APP">APP</Radio>
          </Radio.Group>
        </Row>
        <Row name="appName" label="服务名称（APP）" text>
          <Input value={values.appName} onChange={set('appName')} />
        </Row>
        <Row name="services" label={say('APP服务内容', '服务内容')}>
          <Select.Multiple size="m" virtual options={services} value={values.services} onChange={set('services')} placeholder="请选择APP服务内容" />
        </Row>
        <Row name="approvals" label="前置审批">
          <ApprovalList value={values.approvals} onChange={set('approvals')} />
        </Row>
        <Row name="languages" label={say('APP语言', '服务语言')}>
          <Checkbox.Group value={values.languages} onChange={set('languages')}>
            {LANGUAGE_OPTIONS.map((o) => (
              <Checkbox key={o.value} name={o.value}>
                {o.text}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Row>
        <Row name="providesSdk" label={say('是否对外提供SDK服务', '对外提供SDK服务')}>
          <Radio.Group value={values.providesSdk} onChange={set('providesSdk')}>
            <Radio name="是">是</Radio>
            <Radio name="否">否</Radio>
          </Radio.Group>
        </Row>
        <Row name="thirdPartySdks" label={say('使用的第三方SDK', '第三方SDK服务')} required={false}>
          <TagSelect options={SDK_OPTIONS} value={values.thirdPartySdks} onChange={set('thirdPartySdks')} placeholder="请选择或输入第三方SDK名称，回车确认" style={{ width: 420 }} />
        </Row>
        <Row name="domains" label={say('APP使用的域名', 'APP涉及的全部域名')}>
          <Domains value={values.domains} onChange={set('domains')} />
        </Row>
        <Row name="ips" label="服务器IP地址" text>
          <Input value={values.ips} onChange={set('ips')} placeholder="多个IP请用英文分号“;”分隔" size="l" />
        </Row>
        <Row name="remark" label={say('APP备注', '备注')} required={false}>
          <Input.TextArea value={values.remark} onChange={set('remark')} placeholder="请填写APP的主要功能与服务内容，不少于15字" />
        </Row>
      </Section>
      <div className={cls('form-section')}>
        {TWIN ? (
          <div role="heading" aria-level={3} className={cls('section-title')}>
            {platformTitle}
          </div>
        ) : (
          <Form.Title>{platformTitle}</Form.Title>
        )}
        {values.platforms.map((p, i) => (
          <PlatformCard
            key={i}
            index={i}
            value={p}
            domains={domains}
            taken={values.platforms.filter((_, j) => j !== i).map((q) => q.platform)}
            onChange={setPlatform(i)}
            onRemove={() => removePlatform(i)}
          />
        ))}
        {values.platforms.length < PLATFORM_OPTIONS.length && (
          <Button type="weak" htmlType="button" onClick={() => set('platforms')([...values.platforms, emptyPlatform()])}>
            添加平台
          </Button>
        )}
      </div>
      <Section title="APP负责人信息" salt="app-head">
        <Row name="sameAsSubjectHead" label="负责人信息" required={false}>
          <Checkbox value={values.sameAsSubjectHead} onChange={set('sameAsSubjectHead')}>
            同主体负责人
          </Checkbox>
        </Row>
        {person}
      </Section>
      <Actions back={back} />
    </>
  );
}
