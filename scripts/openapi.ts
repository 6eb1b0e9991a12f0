// Writes the OpenAPI document the worker serves at /api/v1/openapi.json to a file, for the linters and
// for integrators who want it offline: `npx tsx scripts/openapi.ts [out.json]`.
import { writeFileSync } from 'node:fs';
import { app } from '../worker/app.ts';
import { readFile } from 'node:fs/promises';

// The built web app's files, as the worker's ASSETS binding serves them (the flow archive among them).
const builtAssets = {
  fetch: async (req: Request) => {
    const file = new URL(`../dist/web${new URL(req.url).pathname}`, import.meta.url);
    return readFile(file).then((b) => new Response(b), () => new Response('not found', { status: 404 }));
  },
};

export async function openApiDocument(env: Partial<Env> = {}): Promise<Record<string, unknown>> {
  const res = await app.request('http://localhost/api/v1/openapi.json', {}, { ASSETS: builtAssets, RATE_LIMIT_PER_MINUTE: '0', ALLOWED_ORIGINS: '', OPERATOR_NAME: 'Ministère de la Digitalisation (Luxembourg)', OPERATOR_CONTACT: 'info@digital.etat.lu', ...env } as Env);
  if (!res.ok) throw new Error(`the OpenAPI document did not build: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out = process.argv[2] ?? 'dist/openapi.json';
  writeFileSync(out, JSON.stringify(await openApiDocument(), null, 2) + '\n');
  console.log(`wrote ${out}`);
}
