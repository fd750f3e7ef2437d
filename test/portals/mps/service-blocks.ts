import { FormItem } from 'ant-design-vue';
import { h, type VNode } from 'vue';
import type { UploadState } from '../common/upload-state';
import { block, checkbox, checkboxes, checkTree, radios, row, str, strings, textInput, ui, type Fields } from './controls';
import { INTERACTIVE_LEAVES, INTERACTIVE_TREE, type Choice } from './options';
import { fieldName } from './twin';
import { DOCUMENTS, upload } from './uploads';

// Blocks the website and APP steps share: 服务类型 (是否提供互联网交互服务, then the tree of 交互服务 items) and 前置审批
// (a checkbox per type, each ticked type asking its 文号, an upload per group of types, and 以上都不涉及).

export const YES_NO: readonly Choice[] = [
  { value: '是', label: '是' },
  { value: '否', label: '否' },
];

export const INTERACTIVE_INITIAL = { interactive: '', interactivetype: [] };

/** 是否提供互联网交互服务 (`interactive`): 是 reveals a collapsed checkable tree of items; 否 clears it. */
export function interactiveBlock(f: Fields): VNode {
  const yes = str(f.get('interactive')) === '是';
  return block('服务类型', 'block:interactive', [
    row({ key: 'interactive', label: '是否提供互联网交互服务', required: true, control: () => radios(f, 'interactive', YES_NO, (v) => v === '否' && f.set('interactivetype', [])) }),
    yes ? row({ key: 'interactivetype', label: '交互服务项', required: true, extra: '展开分类后勾选网站提供的全部交互服务', control: () => checkTree(f, 'interactivetype', INTERACTIVE_TREE, INTERACTIVE_LEAVES) }) : null,
  ]);
}

export type ApprovalTable = Readonly<Record<string, readonly [string, string]>>;

/** The approval keys: the group, 以上都不涉及, a 文号 per type code, an upload per file key. */
export function approvalInitial(table: ApprovalTable): Record<string, unknown> {
  const entries = Object.values(table);
  return {
    proaud: [],
    proaudnone: false,
    ...Object.fromEntries(entries.map(([code]) => [`proaudnum_${code}`, ''])),
    ...Object.fromEntries(entries.map(([, file]) => [file, []])),
  };
}

export const approvalTextKeys = (table: ApprovalTable): string[] => ['proaud', 'proaudnone', ...Object.values(table).map(([code]) => `proaudnum_${code}`)];
export const approvalFileKeys = (table: ApprovalTable): string[] => [...new Set(Object.values(table).map(([, file]) => file))];

export function approvalBlock(f: Fields, files: UploadState, table: ApprovalTable, fileLabels: readonly Choice[]): VNode {
  const ticked = new Set(strings(f.get('proaud')));
  const none = f.get('proaudnone') === true;
  const types = Object.entries(table).map(([label, [code, file]]) => ({ label, code, file }));
  const shown = types.filter((t) => ticked.has(t.code));
  const groupFiles = fileLabels.filter((g) => shown.some((t) => t.file === g.value));
  const tail = [
    ...shown.map((t) => row({ key: `proaudnum_${t.code}`, label: `${t.label}审批文号`, required: true, text: true, control: (p) => textInput(f, `proaudnum_${t.code}`, p ?? '请输入审批文号') })),
    ...groupFiles.map((g) => row({ key: g.value, label: g.label, required: true, extra: '主管部门的批准文件，JPG、PNG 或 PDF，最多 5 个', control: () => upload(f, files, { key: g.value, accept: DOCUMENTS, maxCount: 5 }) })),
  ];
  return block('前置审批/专项审批', 'block:approval', [
    row({
      key: 'proaud',
      label: '前置审批项',
      control: () =>
        h('div', [
          checkboxes(
            f,
            'proaud',
            types.map((t) => ({ value: t.code, label: t.label })),
            { disabled: none, onChange: () => f.set('proaudnone', false) },
          ),
          // Its own named item (noStyle): the box is `form_item_proaudnone`, not a second `form_item_proaud`.
          h('div', { style: { marginTop: '8px' } }, [ui(FormItem, { name: fieldName('proaudnone'), noStyle: true }, () => checkbox(f, 'proaudnone', '以上都不涉及', (checked) => checked && f.set('proaud', [])))]),
        ]),
    }),
  ], undefined, tail);
}
