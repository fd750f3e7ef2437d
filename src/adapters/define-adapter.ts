// An adapter is data: how to recognise a portal and its steps, and for each profile path where the field is and how
// to write it. The fill engine (src/fill) does the rest; portal quirks are small named codecs in the adapter's file.

/** A value as the profile holds it at a path: text, a list, or (for `subject.region`) [省, 市, 县]. */
export type ProfileValue = string | readonly string[];

/** How one portal field shows a profile value, both ways (fill writes toPortal, capture reads fromPortal). */
export type Codec = {
  toPortal(value: ProfileValue): ProfileValue;
  fromPortal(value: ProfileValue): ProfileValue;
};

export type WidgetKind =
  | 'text' // input / textarea
  | 'select' // native <select>, matched by option label or by `options` code
  | 'checkboxes' // a group of checkboxes, matched by label text or by `options` code
  | 'radios' // a group of radios
  | 'rows' // "add a row" lists: one row per item (IP ranges, domains)
  | 'el-select' // element-plus select: options in a popper appended to <body>
  | 'el-cascader' // element-plus cascader: one panel per level, options may load asynchronously
  | 'picker' // a read-only field set by searching a list and picking a row (MIIT 接入服务商 search popup)
  | 'valid-until'; // an end date beside a 长期 (no expiry) switch

export type RowsSpec = {
  /** Button that appends a row. */
  add: string;
  /** One row. */
  row: string;
  /** Inputs inside a row: the whole item, or its start and end for `a-b` ranges. */
  begin: string;
  end?: string;
};

/** A certificate's end date with a separate 长期 switch (MIIT #isLongTermUl radios): '长期' sets the switch. */
export type ValidUntilSpec = {
  /** The radio or checkbox meaning 长期, and (for radios) the one meaning "has an end date". */
  longTerm: string;
  dated?: string;
};

export type PickerSpec = {
  /** Where the search words are typed, and the button that runs the search. */
  keyword: string;
  search: string;
  /** One result row; its visible name; what to click to choose it; the button that confirms. */
  row: string;
  rowLabel: string;
  choose: string;
  confirm: string;
  /** Of the result names, the one the profile value means (a portal quirk: brand → legal name). */
  pick(value: string, names: readonly string[]): string | undefined;
};

export type FieldSpec = {
  /** Profile path; `websites[]` stands for the website being filled. */
  path: string;
  /** CSS selector(s) searched in the page and its same-origin frames; alternatives are tried in order. */
  selector?: string | readonly string[];
  /** Or: the visible label texts of the field (synonyms), for portals without stable ids. */
  labels?: readonly string[];
  /** With `labels`: the heading the field sits under must match this pattern (two 负责人姓名 fields, one per block). */
  section?: string;
  /** Without it, the widget is inferred from the element found. */
  widget?: WidgetKind;
  /** Profile label → the portal's option value (MIIT codes); without it options match by their visible label. */
  options?: Readonly<Record<string, string | number>>;
  codec?: Codec;
  rows?: RowsSpec;
  picker?: PickerSpec;
  validUntil?: ValidUntilSpec;
};

export type StepSpec = {
  /** The adapter's name for the step, reported as FillReport.step. */
  id: string;
  /** The step is on the page when this selector matches (in any same-origin frame). */
  detect: string;
  fields: readonly FieldSpec[];
};

export type Adapter = {
  /** Equals the file name. */
  id: string;
  name: string;
  /** Hosts it serves (`icp.cloud.21vianet.com`, `*.example.com`); empty for page-signature adapters. */
  hosts: readonly string[];
  /** For adapters recognised by what is on the page rather than by host. */
  signature?: string;
  steps: readonly StepSpec[];
};

export const defineAdapter = (adapter: Adapter): Adapter => adapter;
