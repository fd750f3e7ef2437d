import './boot';
import '../../src/ui/tokens.css';
import './style.css';

// The views load after the first questions are asked (boot.ts): the answers and the code arrive side by side.
void Promise.all([import('preact'), import('./App')]).then(([{ render, h }, { App }]) => render(h(App, null), document.getElementById('app')!));
