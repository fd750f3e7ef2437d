import { render } from 'preact';
import { App } from './App';
import '../../src/ui/tokens.css';
import './style.css';

render(<App />, document.getElementById('app')!);
