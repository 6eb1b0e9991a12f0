// Intranet pages for the embedding tests: hostile CSS around the widget, and a page with the iframe.
export function hostPage(path: string, app: string): string | null {
  if (path.startsWith('/widget')) {
    return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Intranet</title>
<style>
  * { font-family: "Comic Sans MS", cursive !important; color: #f0f !important; background: #ff0 !important; }
  button, input, label, h1, h2, p, select { display: none; border: 10px dashed red; font-size: 40px !important; }
  :root { --aia-accent: #0b6e4f; }
</style></head><body><h1 id="host-title">Intranet</h1>
<ai-act-assessment id="widget" style="--aia-accent:#0b6e4f"></ai-act-assessment>
<script>window.completed = []; document.addEventListener('assessment-complete', (e) => window.completed.push(e.detail));</script>
${path.startsWith('/widget-bare') ? '' : `<script src="${app}/widget.js" defer></script>`}</body></html>`;
  }
  if (path.startsWith('/iframe')) {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<iframe id="frame" title="AI assessment" src="${app}/embed?lang=en" style="width:100%;height:900px;border:0"></iframe>
<script>window.messages = []; window.addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script>
</body></html>`;
  }
  return null;
}
