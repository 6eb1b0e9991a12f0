import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';

const TEST_USERS = [
  { id: 'lea', name: 'Léa Schmit', email: 'lea@a.test', organisation: 'ministry-a', organisationName: 'Ministry A', role: 'project_lead' },
  { id: 'paul', name: 'Paul Kieffer', email: 'paul@a.test', organisation: 'ministry-a', organisationName: 'Ministry A', role: 'project_lead' },
  { id: 'marc', name: 'Marc Weber', email: 'marc@a.test', organisation: 'ministry-a', organisationName: 'Ministry A', role: 'reviewer' },
  { id: 'jean', name: 'Jean Muller', email: 'jean@a.test', organisation: 'ministry-a', organisationName: 'Ministry A', role: 'admin' },
  { id: 'sofia', name: 'Sofia Reis', email: 'sofia@a.test', organisation: 'ministry-a', organisationName: 'Ministry A', role: 'register_editor' },
  { id: 'bea', name: 'Béatrice Hoffmann', email: 'bea@b.test', organisation: 'ministry-b', organisationName: 'Ministry B', role: 'admin' },
];

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
        // Local sign-in with two organisations, to show that one never reaches the other's assessments.
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' }, miniflare: { bindings: { CLIENT_IP_HEADER: 'cf-connecting-ip', ENVIRONMENT: 'development', LOCAL_USERS: JSON.stringify(TEST_USERS) } } })],
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
