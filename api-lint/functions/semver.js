// Spectral function: a semantic version (MAJOR.MINOR.PATCH, optional pre-release and build).
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
export default (input) => (typeof input === 'string' && SEMVER.test(input) ? [] : [{ message: `"${input}" is not a semantic version` }]);
