// The response language: `?lang=` first, then Accept-Language, then French.
import type { Context } from 'hono';
import { LANGS, type Lang } from '../../decision-trees/langs.ts';

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/** The language the request asks for (`?lang=`, else Accept-Language), or null when it asks for none. */
export function explicitLang(c: Context): Lang | null {
  const q = c.req.query('lang');
  if (isLang(q)) return q;
  return fromHeader(c.req.header('accept-language') ?? '');
}

export function negotiateLang(c: Context, explicit?: string | null): Lang {
  if (isLang(explicit)) return explicit;
  return explicitLang(c) ?? 'fr';
}

function fromHeader(header: string): Lang | null {
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const qv = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: (tag ?? '').slice(0, 2).toLowerCase(), q: qv ? Number(qv.slice(2)) || 0 : 1 };
    })
    .filter((x) => isLang(x.lang) && x.q > 0)
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Lang | undefined) ?? null;
}
