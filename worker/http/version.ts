// The version of the API contract (semantic versioning), sent as API-Version on every response.
// 1.1.0: reading an assessment or its reports needs its edit token (the bare id reads nothing), ETag
// and If-Match, one operation per report format, localised problem details with JSON Pointer names.
export const API_VERSION = '1.1.0';
