// An adapter is data: the fields of one portal, each with the words a person reads beside it, grouped in the
// filing's sections, and the steps that name groups of sections. The engine (src/page, src/fill) finds on the page
// whichever of these fields are there, in any step; portal quirks are small named codecs in the adapter's file.
// Adapters import nothing from the engine.

import type { MaterialKind } from '../profile/options';

/**
 * A value as the profile holds it at a path: text, a list, (for `subject.region`) [省, 市, 县], or (for
 * `websites[].approvals`) one `类型：文号` item per approval, and [以上都不涉及] for none.
 */
export type ProfileValue = string | readonly string[];

/** The 前置审批 choice that says none applies: what an empty `approvals` list is on a portal (profile-format.md). */
export const NO_APPROVALS = '以上都不涉及';

/** A yes/no of the profile (对外提供SDK服务) as the portals' radios say it. */
export const YES = '是';
export const NO = '否';

/** One approval as a ProfileValue item: `教育：教审2026-001`. */
export const approvalItem = (type: string, number: string): string => `${type}：${number}`;

export function parseApprovalItem(item: string): { type: string; number: string } {
  const at = item.indexOf('：');
  return at < 0 ? { type: item.trim(), number: '' } : { type: item.slice(0, at).trim(), number: item.slice(at + 1).trim() };
}

/** How one portal field shows a profile value, both ways (fill writes toPortal, capture reads fromPortal). */
export type Codec = {
  toPortal(value: ProfileValue): ProfileValue;
  fromPortal(value: ProfileValue): ProfileValue;
  /**
   * The portal's choice is coarser than the profile's (公安's 单位 / 个人 for every 性质): a fill proves it in the portal's
   * terms, and check and capture never read it back (the finer field beside it says the rest).
   */
  coarse?: true;
};

/**
 * The parts of a filing, as portals head them (开始备案, 主办单位信息, 主办单位负责人信息, 网站信息, 网站负责人 /
 * 互联网信息服务负责人, 接入信息). The engine tells them apart by heading, legend and tab text.
 */
export type SectionId =
  | 'start' | 'subject' | 'subject-head' | 'website' | 'website-head' | 'access' | 'app' | 'app-head' | 'app-platform' | 'mini-program' | 'mini-program-head'
  // 公安联网备案's own people of a website or APP: 网站安全负责人 and 网站应急联络人.
  | 'security-head' | 'emergency-contact';

export type WidgetKind =
  | 'text' // input / textarea
  | 'select' // native <select>, matched by option label or by `options` code
  | 'checkboxes' // a group of checkboxes, matched by label text or by `options` code
  | 'radios' // a group of radios
  | 'rows' // "add a row" lists: one row of inputs per item (IP ranges, domains)
  | 'el-select' // element-plus select and select-v2: options in a popper appended to <body>, a virtual list in v2
  | 'el-select-multiple' // element-plus multiple select: one tag per item (a tag input with allow-create included)
  | 'el-cascader' // element-plus cascader: one panel per level, options may load asynchronously
  | 'el-ui-date' // element-ui 2 single date: typed, then confirmed with Enter in the open picker
  | 'el-date-range' // one end of an element-plus daterange: both ends are confirmed together
  | 'tiny-select' | 'tiny-select-multiple' | 'tiny-cascader' | 'tiny-date' // OpenTiny Vue: popups moved under <body>, lazy cascader levels, a date confirmed in its panel
  | 'antd-select' | 'antd-cascader' | 'antd-date' // Ant Design: virtual-list select, lazy cascader, a date confirmed with Enter
  | 'antd-select-multiple' | 'antd-date-range' // Ant Design / ant-design-vue: a multiple or tags select (a set of items); one end of a RangePicker
  | 'antd-tree' // Ant Design / ant-design-vue checkable Tree: groups opened, leaves ticked by their titles
  | 'aria-combobox' | 'aria-combobox-multiple' | 'aria-tree' | 'aria-radios' | 'aria-checkboxes' // no known library: driven by WAI-ARIA roles (combobox → listbox or tree, radiogroup, checkboxes)
  | 'arco-select' | 'arco-select-multiple' | 'arco-input-tag' | 'arco-cascader' | 'arco-date' | 'arco-date-range' // Arco Design React: listbox by aria-controls, Enter-confirmed tags and dates, one end of a RangePicker
  | 'td-select' | 'td-select-multiple' | 'td-tag-input' | 'td-cascader' | 'td-date' | 'td-date-range' // TDesign Vue 3: the popup that opened, lazy cascader, dates picked in the panel, one end of a DateRangePicker
  | 'tea-select' | 'tea-cascader' | 'tea-date' // tea-component under any classPrefix: Select / SelectMultiple and Cascader layers in <body>, a date confirmed with Enter
  | 'split-phone' // an office phone as two inputs, 区号 and 号码 (Tencent Cloud)
  | 'dialog-picker' // a read-only field filled from a dialog its 选择 button opens (search, pick the row, 确定)
  | 'enter-tags' // a text input whose hint says each item is added with Enter (输入后按回车添加): chips beside it
  | 'split-region' // 省 / 市 / 县 as two or three selects of any library under one label (所属区域)
  | 'approvals' // 前置审批: a checkbox per type with 以上都不涉及, and a 文号 input beside each checked type
  | 'picker' // a read-only field set by searching a list and picking a row (MIIT 接入服务商 search popup)
  | 'valid-until' // an end date beside a 长期 (no expiry) switch
  | 'upload'; // a file field (plain input or any library's Upload): a material attached, read back from the widget's own list

/** An id or class selector, allowed only with the document that gives it (a seed, a portals.md section, a library's markup). */
export type Documented = { css: string; source: string };

export type RowsSpec = {
  /** Each row holds a start and an end input (`a-b` ranges), or one input per item. */
  pairs: boolean;
  /** The button that appends a row, where documented; otherwise the field's own 添加 / 增加 / + button. */
  add?: Documented;
};

export type PickerSpec = {
  /** Of the result names, the one the profile value means (a portal quirk: brand → legal name). */
  pick(value: string, names: readonly string[]): string | undefined;
};

export type FieldSpec = {
  /** Profile path; `websites[]`, `apps[]` and `miniPrograms[]` stand for the service being filled. */
  path: string;
  /** The part of the filing the field sits in: two 负责人姓名 fields are told apart by it. */
  section: SectionId;
  /** The label texts a person reads beside the field, with the wording variants portals use. Always required. */
  labels: readonly string[];
  /** Placeholder texts that stand for the label (a page placeholder that starts with one matches). */
  placeholders?: readonly string[];
  /** A fast path by a documented id or class; the labels still find the field when it is gone. */
  fast?: Documented;
  /** Special drivers only (rows, picker, valid-until, el-cascader); otherwise the element found decides the driver. */
  widget?: WidgetKind;
  /** Profile label → the portal's option value (MIIT codes); without it options match by their visible label. */
  options?: Readonly<Record<string, string | number>>;
  codec?: Codec;
  /** The portal takes several items in one text field, joined so (documented); `lines` for multi-line controls. */
  joined?: { separator: string; lines?: string };
  /**
   * The profile path read when `path` holds nothing, and then reported: a 公安 security head the profile leaves out is
   * the service's own head (profile-format.md "Version 2", Security).
   */
  orPath?: string;
  /**
   * The field appears only once this other field of the same step is answered (公安's 交互服务 items after 是否提供互联网
   * 交互服务 = 是): its value goes to the page with the question's, since the page shows the question that reveals it.
   */
  revealedBy?: string;
  /** The portal keeps the 省市区 in a control of its own beside this address input: the address goes in without it. */
  regionless?: true;
  /** Which text input of a cell that holds several (证件有效期 起始 至 截止): 0 = the first. */
  part?: number;
  /**
   * Labels of a cell holding several inputs, where `part` picks this field's; with `group`, the field's own `labels`
   * name a cell holding this field alone. Without it, `part` applies under every label.
   */
  group?: readonly string[];
  rows?: RowsSpec;
  picker?: PickerSpec;
  /**
   * An upload field: the material of this kind and owner (`websites[].head` stands for the service's head) is attached;
   * with `compose`, that material and the one of the `compose` kind as one image (an ID's two sides, seed 002).
   */
  material?: { kind: MaterialKind; owner: string; compose?: MaterialKind; /** The owner when the profile leaves `owner` out (see `orPath`). */ orOwner?: string };
};

/** A field a person must do on this portal (SMS code, face verification, an upload taken in the portal's app). */
export type ManualSpec = { section: SectionId; labels: readonly string[]; what: string };

export type StepSpec = {
  /** The adapter's name for the step, reported as FillReport.step (joined with `+` when several are on the page). */
  id: string;
  sections: readonly SectionId[];
};

export type Adapter = {
  /** Equals the file name. */
  id: string;
  name: string;
  /** Hosts it serves (`icp.cloud.21vianet.com`, `*.example.com`); empty for page-signature and generic adapters. */
  hosts: readonly string[];
  /** For adapters recognised by what is on the page rather than by host: documented ids their pages carry. */
  signature?: Documented;
  steps: readonly StepSpec[];
  fields: readonly FieldSpec[];
  /** Found by label and reported as left to the person; never written, clicked or read into a profile. */
  manual?: readonly ManualSpec[];
};

export const defineAdapter = (adapter: Adapter): Adapter => adapter;

/**
 * `websites[].head.name` → `websites[2].head.name`, `apps[].name` → `apps[2].name`: a step shows one service, so
 * one slot resolves whichever service list its fields name.
 */
export const resolvePath = (path: string, slot: number): string => path.replace(/^(websites|apps|miniPrograms)\[\]/, `$1[${slot}]`);
