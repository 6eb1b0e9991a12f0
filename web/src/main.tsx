// Full page (/), read-only share view (/shared/<id>) and iframe embed (/embed?lang=de).
import { render } from 'preact';
import { App } from './app/App.tsx';
import { pickLang, type Lang } from './i18n/index.ts';
import { createApi } from './lib/api.ts';
import type { Result } from './lib/types.ts';
import './styles.css';

const path = location.pathname;
const params = new URLSearchParams(location.search);
const shareId = /^\/shared\/([0-9a-f]{32})\/?$/.exec(path)?.[1];
const embedded = path === '/embed' || path.startsWith('/embed/');
const root = document.getElementById('app')!;

const setDocumentLang = (lang: Lang) => {
  document.documentElement.lang = lang;
};

let parentOrigin: string | null = null;
if (embedded) {
  document.documentElement.classList.add('embedded');
  // The embed posts its result to the one parent origin the deployment allows, never to "*".
  createApi('')
    .config()
    .then((c) => (parentOrigin = c.embedParentOrigin))
    .catch(() => (parentOrigin = null));
}

const onComplete = (result: Result) => {
  if (embedded && parentOrigin && window.parent !== window) window.parent.postMessage({ type: 'assessment-complete', detail: result }, parentOrigin);
};

// French unless the page address or an earlier choice says otherwise.
const lang = pickLang(params.get('lang'), embedded ? null : localStorage.getItem('ai-assessment:lang'));
setDocumentLang(lang);
render(
  <App
    apiBase=""
    lang={lang}
    shareId={shareId}
    onComplete={onComplete}
    onLang={(l) => {
      setDocumentLang(l);
      try {
        localStorage.setItem('ai-assessment:lang', l);
      } catch {
        // storage disabled
      }
    }}
  />,
  root,
);
