// The schema the register's records follow: the vendored standard, its `language` widened from the
// constant nld to this service's languages (the one difference, see standard/README.md).
import vendored from './standard/algoritmeregister-publicatiestandaard-1.0.0.schema.json';
import { LANGS } from '../../decision-trees/langs.ts';
import { ISO_639_3 } from './standard.ts';

type Schema = typeof vendored;

export function registerSchema(): Omit<Schema, 'properties'> & { properties: Omit<Schema['properties'], 'language'> & { language: Record<string, unknown> } } {
  const { const: _nld, ...language } = vendored.properties.language;
  return { ...vendored, properties: { ...vendored.properties, language: { ...language, enum: LANGS.map((l) => ISO_639_3[l]) } } };
}
