// Full page (/), read-only share view (/shared/<id>) and iframe embed (/embed?lang=de).
import { hydrate, render } from 'preact';
import { App } from './app/App.tsx';
import { STRINGS, pickLang, type Lang } from './i18n/index.tsx';
import { createApi, type Session } from './lib/api.ts';
import type { Result } from './lib/types.ts';
import { readBoot } from './app/boot.ts';
import './styles.css';

const path = location.pathname;
// /workspace/a/<id>/answers: a workspace assessment answered in the questionnaire, with the session.
const member = /^\/workspace\/a\/([0-9a-f]{32})\/answers\/?$/.exec(path)?.[1];
const workspacePage = !member && /^\/workspace(\/|$)/.test(path);
const params = new URLSearchParams(location.search);
const shareId = /^\/shared\/([0-9a-f]{32})\/?$/.exec(path)?.[1];
const embedded = path === '/embed' || path.startsWith('/embed/');
const root = document.getElementById('app')!;

/** An edit link (/#edit=<id>.<token>) hands the assessment to this browser; the token leaves the address bar at once. */
function handedOver(): Session | null {
  const m = /^#edit=([0-9a-f]{32})\.([A-Za-z0-9_-]{20,})$/.exec(location.hash);
  if (!m) return null;
  history.replaceState(null, '', location.pathname + location.search);
  return { id: m[1]!, editToken: m[2]! };
}

// The document follows the language: <html lang> and the tab title.
const setDocumentLang = (lang: Lang) => {
  document.documentElement.lang = lang;
  document.title = STRINGS[lang].appTitle;
};

let parentOrigin: string | null = null;
if (embedded) {
  document.documentElement.classList.add('embedded');
  // The embed posts to the one parent origin the deployment allows, never to "*": its result, and its
  // height whenever it changes, so that the host sizes the iframe and it never scrolls inside.
  const postHeight = () => {
    if (parentOrigin && window.parent !== window) window.parent.postMessage({ type: 'assessment-height', height: Math.ceil(document.documentElement.scrollHeight) }, parentOrigin);
  };
  createApi('')
    .config()
    .then((c) => {
      parentOrigin = c.embedParentOrigin;
      postHeight();
      new ResizeObserver(postHeight).observe(document.body);
    })
    .catch(() => (parentOrigin = null));
}

const onComplete = (result: Result) => {
  if (embedded && parentOrigin && window.parent !== window) window.parent.postMessage({ type: 'assessment-complete', detail: result }, parentOrigin);
};

const stored = (() => {
  try {
    return localStorage.getItem('ai-assessment:lang');
  } catch {
    return null;
  }
})();
// French unless the page address or an earlier choice says otherwise.
const lang = pickLang(params.get('lang'), embedded ? null : stored);
setDocumentLang(lang);
// The server rendered the start page or the next question in a language: the app takes over that
// markup as it is (hydration). An edit link or another language chosen earlier renders afresh.
const boot = readBoot(document);
const takeOver = boot !== null && boot.lang === lang && !location.hash.startsWith('#edit=');
if (boot?.state) history.replaceState(null, '', location.pathname + location.search); // a reload reads, never sends the form again
if (!takeOver) root.replaceChildren();
const keepLang = (l: Lang) => {
  setDocumentLang(l);
  try {
    localStorage.setItem('ai-assessment:lang', l);
  } catch {
    // storage disabled
  }
};
if (workspacePage) {
  // The workspace pages come in their own chunk: the questionnaire does not load them.
  // Its pages link to each other without ?lang=: the language chosen here carries over.
  keepLang(lang);
  void import('./workspace/Workspace.tsx').then(({ Workspace }) => {
    render(<Workspace lang={lang} onLang={keepLang} />, root);
    root.dataset.ready = 'true';
  });
} else {
  const start = () => {
    (takeOver ? hydrate : render)(
      <App
        boot={takeOver ? boot : null}
        apiBase=""
        lang={lang}
        shareId={shareId}
        handedOver={embedded || shareId || member ? null : handedOver()}
        member={member}
        onComplete={onComplete}
        onLang={keepLang}
      />,
      root,
    );
    // The app now handles the page's forms itself (tests and the bench wait for this mark).
    root.dataset.ready = 'true';
  };
  if (takeOver) {
    // The server's markup is the first paint: the app takes it over once that frame is out. A hidden
    // tab or an off-screen frame gets no frames: there the app starts after a short wait instead.
    let started = false;
    const once = () => {
      if (started) return;
      started = true;
      start();
    };
    requestAnimationFrame(() => setTimeout(once));
    setTimeout(once, 250);
  } else start();
}
