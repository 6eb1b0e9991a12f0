// What the worker bundles in place of modules it never runs (wrangler.toml [alias]): the MCP SDK
// imports AJV (ajv, ajv-formats) for its default JSON Schema validator and zod v3 / zod-to-json-schema
// for zod 3 schemas; the worker passes the Cloudflare-safe validator and uses zod 4 only. Anything
// that still reaches one of these fails loudly instead of silently.
const refuse = (what) => () => {
  throw new Error(`${what} is not bundled in the worker: pass a jsonSchemaValidator and zod 4 schemas`);
};
export default refuse('this module');
export const Ajv = refuse('ajv');
export const object = refuse('zod/v3');
export const ZodFirstPartyTypeKind = {};
export const zodToJsonSchema = refuse('zod-to-json-schema');
