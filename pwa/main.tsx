import { render } from 'preact';
import { App } from '../components/App';
import '../components/styles.css';

render(<App />, document.getElementById('app')!);
