/** @jsxImportSource react */
import moment from 'moment';
import { useEffect, useMemo, useState } from 'react';
import { Button } from 'tea-component/es/button';
import { Cascader, type CascaderData, type CascaderOption } from 'tea-component/es/cascader';
import { Checkbox } from 'tea-component/es/checkbox';
import { DatePicker } from 'tea-component/es/datepicker';
import { Input } from 'tea-component/es/input';
import { Radio } from 'tea-component/es/radio';
import { APPROVAL_OPTIONS, divisionsOf, NO_APPROVAL, type Option } from './options';
import { cls } from './twin';

// The composite controls of the console's forms, each a plain React component over tea-component.

const LEVELS = ['省份', '城市', '区县'];
const DELAYS = [250, 350, 400];

const toNodes = (list: Option[], level: number): CascaderOption[] =>
  list.map((o) => ({ value: o.value, label: o.text, ...(level < LEVELS.length - 1 ? { child: { title: LEVELS[level + 1] } } : {}) }));

/** The tree with the children of the node at `path` filled in. */
function withChildren(data: CascaderData, path: readonly string[], children: CascaderOption[]): CascaderData {
  const [head, ...rest] = path;
  return {
    ...data,
    options: (data.options ?? []).map((node) => {
      if (node.value !== head || !node.child) return node;
      return { ...node, child: rest.length ? withChildren(node.child, rest, children) : { ...node.child, options: children } };
    }),
  };
}

/**
 * 备案区域: a tea Cascader (tab panels of `<prefix>-cascader-menu__list` / `__label`, portals.md §2.2), provinces at
 * first, each next level loaded by `onLoad` only when its panel opens, after the console's delay.
 */
export function RegionCascader({ value, onChange }: { value: string[]; onChange(value: string[]): void }) {
  const [data, setData] = useState<CascaderData>({ title: LEVELS[0], options: [] });
  useEffect(() => {
    divisionsOf('86', DELAYS[0]!).then((list) => setData((d) => ({ ...d, options: toNodes(list, 0) })));
  }, []);
  const load = async (path: string[]) => {
    const level = path.length;
    const parent = path[level - 1];
    if (!parent) return;
    const list = await divisionsOf(parent, DELAYS[level] ?? 400);
    setData((d) => withChildren(d, path, toNodes(list, level)));
  };
  return <Cascader data={data} value={value} onChange={(next) => onChange(next)} onLoad={load} placeholder="请选择省/市/区" style={{ width: 320 }} />;
}

/** A tea DatePicker over a `YYYY-MM-DD` string: a typed date counts only once confirmed (Enter or a click on a day). */
export function DateField({ value, onChange }: { value: string; onChange(value: string): void }) {
  const date = useMemo(() => (value ? moment(value, 'YYYY-MM-DD') : undefined), [value]);
  return <DatePicker value={date} onChange={(next) => onChange(next ? next.format('YYYY-MM-DD') : '')} />;
}

/** 证件有效期截止日期: 非长期 shows the end date; 长期 hides it (the picker is not rendered) and clears it. */
export function TermField({ term, until, onTerm, onUntil }: { term: string; until: string; onTerm(term: string): void; onUntil(until: string): void }) {
  return (
    <div className={cls('term')}>
      <Radio.Group
        value={term}
        onChange={(next) => {
          onTerm(next);
          if (next === '长期') onUntil('');
        }}
      >
        <Radio name="非长期">非长期</Radio>
        <Radio name="长期">长期</Radio>
      </Radio.Group>
      {term === '非长期' && <DateField value={until} onChange={onUntil} />}
    </div>
  );
}

/** 办公室电话 as two inputs: 区号 and 号码. */
export function OfficePhone({ area, number, onArea, onNumber }: { area: string; number: string; onArea(v: string): void; onNumber(v: string): void }) {
  return (
    <div className={cls('phone')}>
      <Input value={area} onChange={onArea} placeholder="区号" size="s" /> <span>-</span> <Input value={number} onChange={onNumber} placeholder="电话号码" />
    </div>
  );
}

/** 验证码: the SMS code the person receives; the page never fills it. */
export function SmsCode({ value, onChange }: { value: string; onChange(v: string): void }) {
  const [sent, setSent] = useState(false);
  return (
    <div className={cls('sms')}>
      <Input value={value} onChange={onChange} placeholder="请输入短信验证码" size="s" />{' '}
      <Button type="weak" htmlType="button" onClick={() => setSent(true)} disabled={sent}>
        {sent ? '已发送' : '获取验证码'}
      </Button>
    </div>
  );
}

/** 网站域名: one input per domain, with 添加域名 (at most ten per website) and 删除. */
export function Domains({ value, onChange }: { value: string[]; onChange(v: string[]): void }) {
  const rows = value.length ? value : [''];
  const set = (i: number, v: string) => onChange(rows.map((d, j) => (j === i ? v : d)));
  return (
    <div className={cls('domains')}>
      {rows.map((domain, i) => (
        <div key={i} className={cls('domain-row')}>
          <Input className="domain" value={domain} onChange={(v) => set(i, v)} placeholder="请输入域名，不要带 www." />
          {i > 0 && (
            <Button type="link" htmlType="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              删除
            </Button>
          )}
        </div>
      ))}
      {rows.length < 10 && (
        <Button type="link" htmlType="button" onClick={() => onChange([...rows, ''])}>
          添加域名
        </Button>
      )}
    </div>
  );
}

export type Approvals = { types: string[]; numbers: Record<string, string> };

/**
 * 前置审批: one checkbox per type and 以上都不涉及 (which clears the others, and is cleared by any of them); a checked
 * type shows its 文号 input.
 */
export function ApprovalList({ value, onChange }: { value: Approvals; onChange(v: Approvals): void }) {
  const choose = (types: string[]) => {
    const added = types.find((t) => !value.types.includes(t));
    const next = added === NO_APPROVAL ? [NO_APPROVAL] : types.filter((t) => t !== NO_APPROVAL);
    onChange({ types: next, numbers: Object.fromEntries(Object.entries(value.numbers).filter(([t]) => next.includes(t))) });
  };
  return (
    <Checkbox.Group value={value.types} onChange={choose} layout="column">
      {APPROVAL_OPTIONS.map((o) => (
        <div key={o.value} className={cls('approval-row')}>
          <Checkbox name={o.value}>{o.text}</Checkbox>
          {o.value !== NO_APPROVAL && value.types.includes(o.value) && (
            <Input
              value={value.numbers[o.value] ?? ''}
              onChange={(n) => onChange({ ...value, numbers: { ...value.numbers, [o.value]: n } })}
              placeholder="请输入前置审批文号"
              size="m"
            />
          )}
        </div>
      ))}
    </Checkbox.Group>
  );
}
