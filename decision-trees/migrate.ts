// Moves the answers of an assessment from one flow version to another, by the target flow's own
// `migrations` (flows/*.yaml): rules that set a new answer from old ones, questions asked again, and
// answers carried as they are when their question is unchanged. Nothing is dropped silently: every old
// answer is accounted for as carried, mapped, asked again or not carried (with the reason).
import type { Answers, AnswerValue } from './bundle.ts';
import type { Condition } from './schema.ts';
import type { CompiledFlow } from './compile.ts';
import { checkAnswer } from './answers.ts';

export interface MigrationReport {
  from: string;
  to: string;
  /** The answers for the target version. */
  answers: Answers;
  /** Kept as they were: same question, still a valid answer. To confirm. */
  carried: string[];
  /** Set by a rule of the migration from old answers (new question ← old questions). To confirm. */
  mapped: { question: string; from: string[] }[];
  /** Unchanged id, but what the answer means changed: asked again (the old answer is offered, not used). */
  askedAgain: string[];
  /** Old answers that do not carry over, with the reason: kept aside with the assessment, never deleted. */
  notCarried: { question: string; reason: string }[];
}

/** The old questions a migration condition reads. */
function questionsOf(c: Condition, out: Set<string>): Set<string> {
  if (c.type === 'answer') out.add(c.params.question);
  else if (c.type === 'answered') c.params.questions.forEach((q) => out.add(q));
  else if (c.type === 'not') questionsOf(c.params.condition, out);
  else if (c.type === 'all' || c.type === 'any') c.params.conditions.forEach((x) => questionsOf(x, out));
  return out;
}

/** A migration condition over the old answers: only answer-reading conditions make sense here (the checker enforces it). */
export function holdsOnAnswers(c: Condition, answers: Answers): boolean {
  switch (c.type) {
    case 'answer': {
      const v = answers[c.params.question];
      return Array.isArray(v) ? v.includes(c.params.option) : v === c.params.option;
    }
    case 'answered':
      return c.params.questions.every((q) => answers[q] !== undefined);
    case 'not':
      return !holdsOnAnswers(c.params.condition, answers);
    case 'all':
      return c.params.conditions.every((x) => holdsOnAnswers(x, answers));
    case 'any':
      return c.params.conditions.some((x) => holdsOnAnswers(x, answers));
    default:
      throw new Error(`a migration condition cannot use "${c.type}": it reads answers only`);
  }
}

export function migrateAnswers(target: CompiledFlow, fromVersion: string, old: Answers): MigrationReport {
  const flow = target.index.bundle.flow;
  const migration = flow.migrations?.find((m) => m.from === fromVersion);
  const questions = target.index.questions;
  const answers: Answers = {};
  const mapped: MigrationReport['mapped'] = [];
  const notCarried: MigrationReport['notCarried'] = [];
  const used = new Set<string>();

  // Rules: single choice takes the first rule that holds, multiple choice every option whose rule holds.
  const byQuestion = new Map<string, NonNullable<typeof migration>['rules']>();
  for (const r of migration?.rules ?? []) byQuestion.set(r.question, [...(byQuestion.get(r.question) ?? []), r]);
  for (const [id, rules] of byQuestion) {
    const q = questions.get(id);
    if (!q || q.kind === 'text') continue;
    const holding = rules.filter((r) => holdsOnAnswers(r.when, old));
    if (!holding.length) continue;
    const value: AnswerValue = q.kind === 'single' ? holding[0]!.option : [...new Set(holding.map((r) => r.option))];
    const reads = [...new Set(holding.flatMap((r) => [...questionsOf(r.when, new Set())]))].filter((x) => old[x] !== undefined);
    const error = checkAnswer(q, id, value);
    if (error) {
      for (const x of reads) if (!answers[x]) notCarried.push({ question: x, reason: `together they give "${id}" an answer the new version refuses (${error.detail}): answer it again` });
      continue;
    }
    answers[id] = value;
    mapped.push({ question: id, from: reads });
    reads.forEach((x) => used.add(x));
  }

  const reask = new Set(migration?.reask ?? []);
  const askedAgain: string[] = [];
  const carried: string[] = [];
  for (const [id, value] of Object.entries(old)) {
    if (answers[id] !== undefined) continue; // a rule set this question from old answers
    if (reask.has(id)) {
      askedAgain.push(id);
      continue;
    }
    const q = questions.get(id);
    if (!q) {
      if (!used.has(id)) notCarried.push({ question: id, reason: `version ${flow.version} no longer asks this question` });
      continue;
    }
    const error = checkAnswer(q, id, value);
    if (error) notCarried.push({ question: id, reason: `version ${flow.version} refuses this answer: ${error.detail}` });
    else {
      answers[id] = value;
      carried.push(id);
    }
  }
  return { from: fromVersion, to: flow.version, answers, carried: carried.sort(), mapped, askedAgain: askedAgain.sort(), notCarried };
}
