// The OpenAPI document, linted as an integrator's toolchain would: Redocly's recommended ruleset and
// the NL API Design Rules ruleset (api-lint/), both at 0 errors.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { openApiDocument } from './openapi.ts';

const require = createRequire(import.meta.url);
const bin = (pkg: string, name: string) => join(require.resolve(`${pkg}/package.json`), '..', (require(`${pkg}/package.json`) as { bin: Record<string, string> }).bin[name]!);
const quiet = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

describe('the OpenAPI document', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');

  it('passes Redocly’s recommended ruleset with no error', async () => {
    writeFileSync(file, JSON.stringify(await openApiDocument()));
    const r = spawnSync(process.execPath, [bin('@redocly/cli', 'redocly'), 'lint', '--extends', 'recommended', '--format', 'json', file], { encoding: 'utf8', env: quiet });
    const report = JSON.parse(r.stdout) as { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; severity: string }[] };
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The warnings left: no licence is declared, because the project has not chosen one; and the
    // browser sign-in routes whose only success is a 303 redirect (to the provider, or back).
    const warnings = report.problems.filter((p) => p.severity === 'warn').map((p) => `${p.ruleId} ${(p as { location?: { pointer: string }[] }).location?.[0]?.pointer ?? ''}`);
    expect(warnings.sort()).toEqual(['info-license #/info', ...['callback/get', 'local/post', 'sign-in/get', 'sign-out/post'].map((o) => `operation-2xx-response #/paths/~1auth~1${o}/responses`)]);
  }, 60_000);

  it('passes the NL API Design Rules ruleset with no error or warning', async () => {
    writeFileSync(file, JSON.stringify(await openApiDocument()));
    const r = spawnSync(process.execPath, [bin('@stoplight/spectral-cli', 'spectral'), 'lint', '-q', '-r', 'api-lint/nl-api-design-rules.spectral.yaml', '-f', 'json', file], { encoding: 'utf8', env: quiet });
    const problems = JSON.parse(r.stdout || '[]') as { code: string; message: string; severity: number; path: string[] }[];
    expect(problems.map((p) => `${p.code} ${p.path.join('.')}: ${p.message}`)).toEqual([]);
  }, 60_000);
});
