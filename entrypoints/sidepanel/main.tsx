import { i18n } from '#i18n';
import { render } from 'preact';
import { lang } from '../../src/ui/lang';
import { App } from './App';
import '../../src/ui/tokens.css';
import './style.css';

// Screen readers pick the voice from the page's language, which follows the browser's.
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = i18n.t('sidePanelTitle');
render(<App />, document.getElementById('app')!);
