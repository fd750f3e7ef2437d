/** @jsxImportSource react */
import { useEffect, useRef, useState } from 'react';
import { Block, Row } from './layout';
import { certificateTypesOf, divisionsOf, NATURE_OPTIONS, type Option } from './options';
import { personInitial, personKeys, personRows, type Setter, type Values } from './person';
import { cls } from './twin';
import { Disclosure, RegionTree, Select, TextInput } from './widgets';

// Step 主办单位信息 (`/beian/subject`): blocks 主办单位信息 and 主办单位负责人. 证件类型 is disabled (`aria-disabled`)
// until 单位性质 is chosen, its options load for the chosen 性质 after a delay, and it is emptied whenever the 性质
// changes. 所属区域 is a combobox over a lazily loaded tree (provinces by short name). 图形验证码 is for the person.

export const SUBJECT_KEYS = ['region', 'nature', 'certType', 'certNumber', 'unitName', 'certAddress', 'mailingAddress', 'investor', ...personKeys('head'), 'captcha'];

export const SUBJECT_INITIAL: Values = {
  region: '',
  nature: '',
  certType: '',
  certNumber: '',
  unitName: '',
  certAddress: '',
  mailingAddress: '',
  investor: '',
  ...personInitial('head'),
  captcha: '',
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A picture of characters to copy: what a person reads and types; no profile holds it. */
function Captcha() {
  const [n, setN] = useState(0);
  const text = ['7K3P', 'Q9XD', 'M4TB'][n % 3]!;
  return (
    <>
      <svg width="96" height="32" role="img" aria-label="图形验证码图片" className={cls('captcha-image')}>
        <rect width="96" height="32" fill="#eef2f7" />
        <path d="M0 20 Q24 4 48 18 T96 12" stroke="#9db" fill="none" />
        <text x="12" y="23" fontSize="18" fontFamily="monospace" fill="#345" letterSpacing="4">
          {text}
        </text>
      </svg>
      <button type="button" className={cls('link-button')} onClick={() => setN((x) => x + 1)}>
        看不清，换一张
      </button>
    </>
  );
}

export function SubjectStep({ values, set, onNext }: { values: Values; set: Setter; onNext: () => void }) {
  const nature = str(values.nature);
  const [certificates, setCertificates] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  useEffect(() => {
    const ask = ++latest.current;
    setCertificates([]);
    setLoading(nature !== '');
    if (!nature) return;
    certificateTypesOf(nature).then((list) => {
      if (latest.current !== ask) return;
      setCertificates(list);
      setLoading(false);
    });
  }, [nature]);

  const text = (key: string, label: string, placeholder: string, required = true) => (
    <Row key={key} k={key} label={label} required={required}>
      {(name) => <TextInput value={str(values[key])} onChange={(v) => set(key, v)} naming={name()} placeholder={placeholder} required={required} maxLength={128} />}
    </Row>
  );

  const subject = [
    <Row key="region" k="region" label="所属区域" required>
      {(name) => <RegionTree id="region" value={str(values.region)} onChange={(v) => set('region', v)} naming={name()} placeholder="请选择省/市/区" load={(parent) => divisionsOf(parent, parent === '86' ? 200 : 300)} required />}
    </Row>,
    <Row key="nature" k="nature" label="单位性质" required>
      {(name) => (
        <Select
          id="nature"
          value={nature}
          options={NATURE_OPTIONS}
          onChange={(v) => {
            if (v === nature) return;
            set('nature', v);
            set('certType', '');
          }}
          naming={name()}
          placeholder="请选择单位性质"
          required
        />
      )}
    </Row>,
    <Row key="certType" k="certType" label="证件类型" required>
      {(name) => (
        <Select id="certType" value={str(values.certType)} options={certificates} loading={loading} disabled={nature === ''} onChange={(v) => set('certType', v)} naming={name()} placeholder={nature ? '请选择证件类型' : '请先选择单位性质'} required />
      )}
    </Row>,
    text('certNumber', '证件号码', '请输入证件号码'),
    text('unitName', '主办单位名称', '请与证件上的名称一致'),
    text('certAddress', '证件住所', '请与证件上的地址一致'),
    text('mailingAddress', '通讯地址', '请填写详细通讯地址'),
    text('investor', '投资人或主管单位', '请输入投资人或主管单位'),
  ];

  const head = [
    ...personRows('head', values, set),
    <Row key="captcha" k="captcha" label="图形验证码" required>
      {(name) => (
        <div className={cls('captcha')}>
          <TextInput value={str(values.captcha)} onChange={(v) => set('captcha', v)} naming={name()} placeholder="请输入图中字符" maxLength={4} required />
          <Captcha />
        </div>
      )}
    </Row>,
  ];

  return (
    <div className={cls('step')}>
      <Disclosure id="subject-help" title="填写说明">
        <p>主办单位名称、证件号码须与证件一致；负责人须为主办单位法定代表人。</p>
      </Disclosure>
      <Block k="subject" title="主办单位信息">
        {subject}
      </Block>
      <Block k="subject-head" title="主办单位负责人" bareInTwin>
        {head}
      </Block>
      <div className={cls('actions')}>
        <button type="button" className={cls('button')}>
          保存草稿
        </button>
        <button type="button" className={cls('button-primary')} onClick={onNext}>
          下一步
        </button>
      </div>
    </div>
  );
}
