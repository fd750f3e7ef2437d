import type { GalleryImage } from '../src/cli/gallery';

// Which pictures the README shows, where `npm run gallery -- --refresh` takes each from (the demo's popup and portal
// screenshots, the e2e run's screenshots of every surface), and what each says in its own UI language.

export type GallerySource = GalleryImage & { from: string };

const DEMO = 'demo-output';
const E2E = 'test-results/screenshots';

const VIEWS = 'test-results/gallery'; // test/e2e/gallery-views.spec.ts

// At most twelve pictures (GALLERY_LIMITS): each new view once in each language, one scheme each, light and dark
// alternating; the fill report, fill gate and side panel keep one picture each.
export const GALLERY: readonly GallerySource[] = [
  { file: 'first-run-zh.png', lang: 'zh', width: 720, from: `${VIEWS}/first-run-zh-CN-light.png`, caption: '首次打开：从第一个客户开始——导入资料、打开示例或新建' },
  { file: 'editor-zh.png', lang: 'zh', width: 720, from: `${VIEWS}/editor-zh-CN-light.png`, caption: '编辑器：按备案顺序排列的卡片，顶部步骤条标出每一步的错误与警告数，点击即跳到该步；两个日期用同一种控件，证件有效期止可选「长期」' },
  { file: 'check-all-zh-dark.png', lang: 'zh', width: 720, from: `${VIEWS}/check-all-zh-CN-dark.png`, caption: '全部检查（深色）：每份资料按字段列出错误与警告，可按严重程度、备案类型、状态、省份和服务商筛选' },
  { file: 'settings-zh-dark.png', lang: 'zh', width: 720, from: `${VIEWS}/settings-zh-CN-dark.png`, caption: '设置（深色）：资料加密、节假日数据与团队同步都在这里，不再占据编辑器' },
  { file: 'popup-fill-report-zh.png', lang: 'zh', width: 380, from: `${DEMO}/21Vianet-主办单位-replica.popup.png`, caption: '弹出窗口：识别门户与步骤，填写前显示资料的错误与警告数；填写后按状态汇总，失败在前，点击字段即可跳转' },
  { file: 'fill-gate-zh.png', lang: 'zh', width: 380, from: `${E2E}/popup-gate-zh-CN-light.png`, caption: '资料有错误时，填写前先询问，并列出这些错误' },
  { file: 'first-run-en-dark.png', lang: 'en', width: 720, from: `${VIEWS}/first-run-en-US-dark.png`, caption: 'First run (dark scheme): start with your first client — import, open the sample, or type a new profile' },
  { file: 'editor-en-dark.png', lang: 'en', width: 720, from: `${VIEWS}/editor-en-US-dark.png`, caption: "The editor (dark scheme): cards in the filing's order under a step bar with each step's errors and warnings, one click to each; the same date control for both ends, with No end date beside the end" },
  { file: 'check-all-en.png', lang: 'en', width: 720, from: `${VIEWS}/check-all-en-US-light.png`, caption: "Check all: every profile's errors and warnings by field, filtered by severity, filing type, status, province and provider" },
  { file: 'settings-en.png', lang: 'en', width: 720, from: `${VIEWS}/settings-en-US-light.png`, caption: 'Settings: encryption, holiday data and team sync in a place of their own, off the editor' },
  { file: 'popup-en-dark.png', lang: 'en', width: 380, from: `${VIEWS}/popup-en-US-dark.png`, caption: 'The popup (dark scheme): search first, then the profile and the service to fill this portal step with' },
  { file: 'sidepanel-en.png', lang: 'en', width: 380, from: `${E2E}/sidepanel-en-US-light.png`, caption: 'The side panel: the findings of the page in view; click one to go to its field' },
];
