import type { GalleryImage } from '../src/cli/gallery';

// Which pictures the README shows, where `npm run gallery -- --refresh` takes each from (the demo's popup and portal
// screenshots, the e2e run's screenshots of every surface), and what each says in its own UI language.

export type GallerySource = GalleryImage & { from: string };

const DEMO = 'demo-output';
const E2E = 'test-results/screenshots';

export const GALLERY: readonly GallerySource[] = [
  { file: 'popup-fill-report-zh.png', lang: 'zh', width: 380, from: `${DEMO}/21Vianet-主办单位-replica.popup.png`, caption: '弹出窗口：识别门户与步骤，填写前显示资料的错误与警告数；填写后按状态汇总，失败在前，点击字段即可跳转' },
  { file: 'portal-filled-zh.png', lang: 'zh', width: 720, from: `${DEMO}/21Vianet-主办单位-replica.png`, caption: '同一次填写后的门户页面（世纪互联「主办单位」副本）' },
  { file: 'fill-gate-zh.png', lang: 'zh', width: 380, from: `${E2E}/popup-gate-zh-CN-light.png`, caption: '资料有错误时，填写前先询问，并列出每一条错误' },
  { file: 'options-zh.png', lang: 'zh', width: 720, from: `${E2E}/options-zh-CN-light.png`, caption: '资料工作台：资料列表，按备案结构分节的编辑器，字段下方即时显示规则检查结果' },
  { file: 'sidepanel-zh-dark.png', lang: 'zh', width: 380, from: `${E2E}/sidepanel-zh-CN-dark.png`, caption: '侧边栏（深色）：当前页面的检查结果，点击跳到对应字段' },
  { file: 'options-en-dark.png', lang: 'en', width: 720, from: `${E2E}/options-en-US-dark.png`, caption: 'The workspace in the dark scheme: profile list, the editor laid out like the filing, findings under each field' },
  { file: 'popup-fill-report-en.png', lang: 'en', width: 380, from: `${E2E}/popup-en-US-light.png`, caption: 'The popup after a fill: a summary by status, failures first, each line a click away from its field' },
  { file: 'fill-gate-en-dark.png', lang: 'en', width: 380, from: `${E2E}/popup-gate-en-US-dark.png`, caption: 'A profile with errors asks before it fills, listing them (dark scheme)' },
  { file: 'sidepanel-en.png', lang: 'en', width: 380, from: `${E2E}/sidepanel-en-US-light.png`, caption: 'The side panel: the findings of the page in view; click one to go to its field' },
];
