// Intranet pages for the embedding tests: hostile CSS around the widget, a small root font size, a
// focused field and a tall page (the widget must not take focus or scroll), and pages with the iframe.
const widget = (app: string) => `<script src="${app}/widget.js" defer></script>`;
const record = `<script>window.completed = []; document.addEventListener('assessment-complete', (e) => window.completed.push(e.detail));</script>`;

export function hostPage(path: string, app: string): string | null {
  const url = new URL(path, 'http://host.test');
  if (url.pathname === '/widget' || url.pathname === '/widget-bare') {
    return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Intranet</title>
<style>
  * { font-family: "Comic Sans MS", cursive !important; color: #f0f !important; background: #ff0 !important; }
  button, input, label, h1, h2, p, select { display: none; border: 10px dashed red; font-size: 40px !important; }
  :root { --aia-accent: #0b6e4f; }
</style></head><body><h1 id="host-title">Intranet</h1>
<ai-act-assessment id="widget" style="--aia-accent:#0b6e4f"></ai-act-assessment>
${record}
${url.pathname === '/widget-bare' ? '' : widget(app)}</body></html>`;
  }
  if (url.pathname === '/widget-plain') {
    // ?root=62.5%: the host's root font size, which the widget must not follow.
    const root = url.searchParams.get('root');
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title>${root ? `<style>html { font-size: ${root} }</style>` : ''}</head>
<body><p><label for="host-input">Search the intranet</label> <input id="host-input" autofocus></p>
<div style="height: ${url.searchParams.get('spacer') ?? '0'}px"></div>
<ai-act-assessment lang="en"></ai-act-assessment>${record}${widget(app)}</body></html>`;
  }
  if (url.pathname === '/iframe') {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<p><label for="host-input">Search the intranet</label> <input id="host-input" autofocus></p>
<iframe id="frame" title="AI assessment" src="${app}/embed?lang=en" style="width:100%;height:600px;border:0"></iframe>
<script>
  window.messages = [];
  window.addEventListener('message', (e) => {
    window.messages.push({ origin: e.origin, data: e.data });
    // The host sizes the frame to the height the embed posts, so that it never scrolls inside.
    if (e.data && e.data.type === 'assessment-height') document.getElementById('frame').style.height = e.data.height + 'px';
  });
</script>
</body></html>`;
  }
  return null;
}
