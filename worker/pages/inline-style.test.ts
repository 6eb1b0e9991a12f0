import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from './inline-style.ts';

const page = '<head><link rel="stylesheet" crossorigin href="/assets/index-a1.css"></head><body></body>';
const css = '.app{color:#123}\n.é::after{content:"»"}';

async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

describe('the stylesheet put inside a rendered page', () => {
  it('replaces the link by the stylesheet and names it by the hash of its exact text', async () => {
    const read: string[] = [];
    const r = await inlineStylesheet(page, async (path) => (read.push(path), css));
    expect(read).toEqual(['/assets/index-a1.css']);
    expect(r.html).toBe(`<head><style>${css}</style></head><body></body>`);
    expect(r.styleSource).toBe(await sha256(css));
  });

  it('keeps the link when the stylesheet cannot be read, holds "</style" or the page has none', async () => {
    const failed = await inlineStylesheet(page, () => Promise.reject(new Error('404')));
    expect(failed).toEqual({ html: page, styleSource: null });
    const closing = await inlineStylesheet(page, async () => 'a{}</STYLE><script>x()</script>');
    expect(closing).toEqual({ html: page, styleSource: null });
    const none = await inlineStylesheet('<head></head>', async () => css);
    expect(none).toEqual({ html: '<head></head>', styleSource: null });
  });

  it('inserts a stylesheet holding "$&" as it is', async () => {
    const r = await inlineStylesheet(page, async () => 'a::after{content:"$&$1"}');
    expect(r.html).toContain('<style>a::after{content:"$&$1"}</style>');
  });
});
