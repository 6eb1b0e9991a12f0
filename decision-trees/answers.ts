// Checks an answer set against a flow before any walk: bad input becomes typed errors, never a crash.
import type { Question } from './schema.ts';
import type { FlowIndex } from './bundle.ts';

export type AnswerErrorReason = 'unknown_question' | 'unknown_option' | 'wrong_type' | 'too_long' | 'empty' | 'exclusive_option' | 'duplicate_option' | 'control_character';

export interface AnswerError {
  question: string;
  reason: AnswerErrorReason;
  /** English, for logs and tests; the API words it in the request's language from `reason` and `params`. */
  detail: string;
  params?: Record<string, string | number>;
}

/**
 * Characters a text answer may not hold: C0 and C1 controls other than tab and line breaks, and the
 * bidirectional embedding, override and isolate marks that make stored text read differently in a report.
 */
export const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

/** One answer against its question; `undefined` when it is valid. */
export function checkAnswer(q: Question | undefined, id: string, value: unknown): AnswerError | undefined {
  const err = (reason: AnswerErrorReason, detail: string, params?: AnswerError['params']): AnswerError => ({ question: id, reason, detail, ...(params ? { params } : {}) });
  if (!q) return err('unknown_question', `"${id}" is not a question of this flow`, { question: id });
  if (q.kind === 'text') {
    if (typeof value !== 'string') return err('wrong_type', 'expected a text (string)', { expected: 'string' });
    if (value.length > q.maxLength) return err('too_long', `at most ${q.maxLength} characters, got ${value.length}`, { max: q.maxLength, got: value.length });
    if (FORBIDDEN.test(value)) return err('control_character', 'the text holds a control or bidirectional-override character', { at: value.search(FORBIDDEN) });
    if (!q.optional && value.trim() === '') return err('empty', 'this text is required');
    return undefined;
  }
  const optionIds = q.options.map((o) => o.id);
  if (q.kind === 'single') {
    if (typeof value !== 'string') return err('wrong_type', 'expected one option id (string)', { expected: 'string' });
    if (!optionIds.includes(value)) return err('unknown_option', `"${value}" is not one of: ${optionIds.join(', ')}`, { value, options: optionIds.join(', ') });
    return undefined;
  }
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return err('wrong_type', 'expected a list of option ids', { expected: 'array' });
  if (value.length === 0) return err('empty', 'choose at least one option');
  const unknown = value.find((v) => !optionIds.includes(v));
  if (unknown !== undefined) return err('unknown_option', `"${unknown}" is not one of: ${optionIds.join(', ')}`, { value: unknown, options: optionIds.join(', ') });
  if (new Set(value).size !== value.length) return err('duplicate_option', 'an option is listed twice');
  const exclusive = q.options.find((o) => o.exclusive && value.includes(o.id));
  if (exclusive && value.length > 1) return err('exclusive_option', `"${exclusive.id}" cannot be combined with other options`, { option: exclusive.id });
  return undefined;
}

export function checkAnswers(index: FlowIndex, answers: Record<string, unknown>): AnswerError[] {
  const errors: AnswerError[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const e = checkAnswer(index.questions.get(id), id, value);
    if (e) errors.push(e);
  }
  return errors;
}

/** Splits stored answers into those valid for a flow and those that are not (after a migration). */
export function usableAnswers(index: FlowIndex, answers: Record<string, unknown>): { usable: Record<string, string | string[]>; invalid: AnswerError[] } {
  const usable: Record<string, string | string[]> = {};
  const invalid: AnswerError[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const e = checkAnswer(index.questions.get(id), id, value);
    if (e) invalid.push(e);
    else usable[id] = value as string | string[];
  }
  return { usable, invalid };
}
