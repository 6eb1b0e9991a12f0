import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['decision-trees/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        // The tests speak for many clients through cf-connecting-ip, as Cloudflare would set it.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { CLIENT_IP_HEADER: 'cf-connecting-ip' } } })],
        // The worker under test also serves two versions of a sample flow (version pinning, migration).
        resolve: { alias: [{ find: /^.*\/generated\/flows\.json$/, replacement: fileURLToPath(new URL('./decision-trees/generated/flows.test.json', import.meta.url)) }] },
        test: {
          name: 'workers',
          include: ['worker/**/*.test.ts'],
        },
      },
      {
        // Real headless Chromium against `wrangler dev`, both started by the global setup.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
