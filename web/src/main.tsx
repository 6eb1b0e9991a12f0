// Full-page entry. The walkthrough is built in web/src/app; this mounts it.
import { render } from 'preact';
import { App } from './app.tsx';

render(<App />, document.getElementById('app')!);
