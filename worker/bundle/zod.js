// "zod" as the worker bundles it (wrangler.toml [alias]): zod's own classic API, without the `locales`
// and `core` namespaces that its entry point re-exports as values. Those would keep all 40 locales
// (260 KB) in the bundle although only English messages are used; every schema class and function is
// the package's own, re-exported unchanged from node_modules/zod.
import * as z from './zod-external.js';
export * from './zod-external.js';
export { z, z as default };
