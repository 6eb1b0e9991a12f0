// Conditions are typed data; this is their one meaning, used by the compiled guards and by rules.
import type { Condition, RiskClass, Role } from './schema.ts';
import type { Answers } from './bundle.ts';

/** What the walk has established so far: the state a condition reads. */
export interface Established {
  answers: Answers;
  facts: string[];
  roles: Role[];
  riskClass?: RiskClass;
}

/** Named conditions of a flow's trees, by name (`{ type: is, params: { condition } }` reads them). */
export type NamedConditions = ReadonlyMap<string, Condition>;
const NONE: NamedConditions = new Map();

export function holds(condition: Condition, s: Established, named: NamedConditions = NONE): boolean {
  switch (condition.type) {
    case 'answer': {
      const a = s.answers[condition.params.question];
      return Array.isArray(a) ? a.includes(condition.params.option) : a === condition.params.option;
    }
    case 'answered':
      return condition.params.questions.some((q) => s.answers[q] !== undefined);
    case 'fact':
      return s.facts.includes(condition.params.fact);
    case 'anyFact':
      return condition.params.facts.some((f) => s.facts.includes(f));
    case 'countFacts':
      return condition.params.facts.filter((f) => s.facts.includes(f)).length >= condition.params.atLeast;
    case 'role':
      return s.roles.includes(condition.params.role);
    case 'riskClass':
      return s.riskClass !== undefined && condition.params.in.includes(s.riskClass);
    case 'is': {
      const c = named.get(condition.params.condition);
      // The checker refuses an unknown name; an unchecked tree fails closed.
      return c ? holds(c, s, named) : false;
    }
    case 'not':
      return !holds(condition.params.condition, s, named);
    case 'all':
      return condition.params.conditions.every((c) => holds(c, s, named));
    case 'any':
      return condition.params.conditions.some((c) => holds(c, s, named));
  }
}
