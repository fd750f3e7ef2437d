import { block, date, multiSelect, row, select, textInput } from './controls';
import { ACCESS_METHODS, APP_APPROVALS, APP_PLATFORMS, choicesOf, LANGUAGES } from './options';
import { approvalBlock, approvalFileKeys, approvalInitial, approvalTextKeys, INTERACTIVE_INITIAL, interactiveBlock } from './service-blocks';
import { plainState, stepParts, type Step } from './step';
import { IMAGES, upload } from './uploads';

// Step APP (`/portal/app`), smaller than the website step because the evidence is thin: portals.md §2.5 names only
// `appname`, `type`, `serverinfo` and `files` on the app/mini-program form, and dataAided's `MiniStudyMap` its 前置审批
// uploads (`proaudFile_xw`, `_cb`, `_jy`, `_ylbj`, `_zj`). What `type` holds is not documented: here the platforms the
// APP is published on (multiple select). 开通日期, ICP备案号, 接入 and 服务类型 mirror the website step (our inference);
// no person blocks. 服务器IP (`serverinfo`) is a tag input; `files` (APP截图) is no profile field.

const TEXT_KEYS = ['appname', 'type', 'appopentime', 'moinum', 'serverinfo', 'aspname', 'acctype', 'language', 'interactive', 'interactivetype', ...approvalTextKeys(APP_APPROVALS)];
export const APP_UPLOAD_KEYS = [...approvalFileKeys(APP_APPROVALS), 'files'];

const APP_APPROVAL_FILES = [
  { value: 'proaudFile_xw', label: '新闻审批文件' },
  { value: 'proaudFile_cb', label: '出版审批文件' },
  { value: 'proaudFile_jy', label: '教育审批文件' },
  { value: 'proaudFile_ylbj', label: '医疗保健审批文件' },
  { value: 'proaudFile_zj', label: '宗教审批文件' },
];

const INITIAL: Record<string, unknown> = {
  ...Object.fromEntries(TEXT_KEYS.map((key) => [key, ''])),
  type: [],
  serverinfo: [],
  language: [],
  ...INTERACTIVE_INITIAL,
  ...approvalInitial(APP_APPROVALS),
  files: [],
};

export function appStep(): Step {
  const { fields: f, files } = stepParts(INITIAL, APP_UPLOAD_KEYS);
  return {
    model: f.model,
    state: () => ({ ...plainState(f, TEXT_KEYS), ...files.snapshot() }),
    blocks: () => [
      block('APP基本信息', 'block:app', [
        row({ key: 'appname', label: 'APP名称', required: true, text: true, control: (p) => textInput(f, 'appname', p) }),
        row({ key: 'type', label: '发布平台', required: true, control: () => multiSelect(f, 'type', APP_PLATFORMS.map((p) => ({ value: p, label: p })), 'multiple') }),
        row({ key: 'appopentime', label: 'APP上线日期', required: true, control: (p) => date(f, 'appopentime', p) }),
        row({ key: 'moinum', label: 'ICP备案号', required: true, text: true, control: (p) => textInput(f, 'moinum', p ?? '如：京ICP备12345678号-2A') }),
        row({ key: 'serverinfo', label: '服务器IP', required: true, control: () => multiSelect(f, 'serverinfo', [], 'tags') }),
        row({ key: 'language', label: 'APP语种', required: true, control: () => multiSelect(f, 'language', LANGUAGES.map((l) => ({ value: l, label: l })), 'multiple') }),
        row({ key: 'files', label: 'APP截图', extra: '首页及主要功能页面截图，最多 5 张', control: () => upload(f, files, { key: 'files', accept: IMAGES, maxCount: 5 }) }),
      ]),
      block('网络接入服务商', 'block:app-asp', [
        row({ key: 'aspname', label: '接入服务商名称', required: true, text: true, control: (p) => textInput(f, 'aspname', p) }),
        row({ key: 'acctype', label: '接入方式', required: true, control: () => select(f, 'acctype', choicesOf(ACCESS_METHODS)) }),
      ]),
      interactiveBlock(f),
      approvalBlock(f, files, APP_APPROVALS, APP_APPROVAL_FILES),
    ],
  };
}
