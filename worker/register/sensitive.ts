// What in a field could be personal data or an internal detail: the preview flags it for the register
// editor, who decides (and may withhold the field). Patterns find the usual suspects; they cannot prove
// a text harmless, so every text a person wrote is flagged as such too.
import type { FLAG_KINDS } from './schemas.ts';

type Flag = (typeof FLAG_KINDS)[number];

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
// Eight digits or more with optional separators: phone numbers (+352 …) and long numbers are told apart below.
const PHONE = /(?:\+|00)\d{1,3}[\s./-]?\(?\d{1,4}\)?(?:[\s./-]?\d{2,4}){2,4}|\b\d{2,3}(?:[\s./-]\d{2,3}){3,4}\b/;
// Luxembourg's national number (13 digits), an IBAN, or any run of nine digits or more.
const IDENTIFIER = /\b\d{13}\b|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b|\b\d{9,}\b/;
// An intranet or private address, a host without a public domain, or a file path.
const INTERNAL = /\b(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:intranet|intra|internal|local|lan|corp)(?:\.[a-z0-9-]+)*\b(?:[:/]|$)|\b(?:10|127)\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\b192\.168\.\d{1,3}\.\d{1,3}\b|\b172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}\b|\\\\[\w.-]+\\|\b[A-Z]:\\|https?:\/\/[a-z0-9-]+(?::\d+)?\//i;
/** first.last@, first_last@, f.last@: a person's mailbox rather than a service's. */
const PERSONAL_MAILBOX = /^[a-z]+[._-][a-z]+(?:[._-][a-z]+)?@/i;

/** The flags of one value; `byPerson` when someone wrote it (an answer or the editor's text). */
export function flagsOf(value: string | null, byPerson: boolean, field: string): Flag[] {
  if (!value) return [];
  const flags: Flag[] = [];
  if (byPerson) flags.push('free_text');
  if (EMAIL.test(value)) flags.push('email');
  if (PHONE.test(value)) flags.push('phone');
  if (IDENTIFIER.test(value)) flags.push('identifier');
  if (INTERNAL.test(value)) flags.push('internal_address');
  if (field === 'contact' && PERSONAL_MAILBOX.test(value)) flags.push('personal_mailbox');
  if (field === 'eu_database_submitter') flags.push('personal_data');
  return flags;
}
