import { i18n } from '#i18n';
import { render } from 'preact';
import { lang } from '../../src/ui/lang';
import { App } from './App';
import '../../src/ui/tokens.css';
import './style.css';

// The printable 网站备案信息真实性核验单 of one stored website: check-sheet.html?profile=<id>&service=websites[0].
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('checkSheetTitle');
render(<App />, document.getElementById('app')!);
