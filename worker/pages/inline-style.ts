// The app's stylesheet put inside the pages the worker renders: the first question paints without
// waiting for a second request. The page's CSP then names the style by its hash (no 'unsafe-inline').

export type InlinedPage = {
  html: string;
  /** The CSP source of the inlined style ('sha256-…'), or null when the page was left as built. */
  styleSource: string | null;
};

const STYLESHEET = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/;

/** Replaces the built page's one stylesheet link by the stylesheet itself; `read` fetches an asset's text. */
export async function inlineStylesheet(html: string, read: (path: string) => Promise<string>): Promise<InlinedPage> {
  const link = STYLESHEET.exec(html);
  if (!link) return { html, styleSource: null };
  // Unreadable, or holding "</style" (where a style element would end): the page keeps its link.
  const css = await read(link[1]!).catch(() => null);
  if (css === null || /<\/style/i.test(css)) return { html, styleSource: null };
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  const styleSource = `'sha256-${btoa(String.fromCharCode(...digest))}'`;
  return { html: html.replace(link[0], () => `<style>${css}</style>`), styleSource };
}
