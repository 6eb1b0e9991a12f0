// Content rules of a flow, beyond its graph: every legal reference parses (and, where the official text
// is shipped, resolves in it), obligations and recommendations are typed by what they rest on, every
// duty and open point has a step in the plan of action, named conditions and amendments exist, help
// texts carry no authoring notes, and the flow's vocabulary, register mapping, impact-assessment drafts
// and migrations hold.
import { DATA_KINDS, LANGS, type Condition, type ImpactDraft, type Localised, type Tree } from './schema.ts';
import { isQuestion, type FlowBundle, type FlowIndex } from './bundle.ts';
import { parseCitation, CitationError, type Citation } from './citations.ts';
import type { CheckProblem } from './check.ts';

/** Whether some tree of the flow defines the duty, open point, flag or commitment. */
const defines = (bundle: FlowBundle, kind: 'duties' | 'openPoints' | 'flags' | 'commitments', id: string) => bundle.trees.some((t) => t[kind]?.[id]);

/** Says why a parsed reference does not exist in the shipped text, or null when it does (or is not checkable). */
export type CitationResolver = (c: Citation, ref: string) => string | null;

/** Notes for authors that must not reach users: uncertainty belongs in law/dates.yaml `amendments`. */
const AUTHORING_NOTES = [/\[(?:unverified|non vérifié|nicht geprüft|omnibus)/i, /selon des sources secondaires/i, /laut sekundärquellen/i, /according to secondary sources/i];

const BINDING = (c: Citation) => c.kind !== 'guidelines' && !(c.kind === 'document' && c.document !== 'lu_civil_service_statute');

function named(c: Condition | undefined, out: Set<string>): void {
  if (!c) return;
  if (c.type === 'is') out.add(c.params.condition);
  else if (c.type === 'not') named(c.params.condition, out);
  else if (c.type === 'all' || c.type === 'any') c.params.conditions.forEach((x) => named(x, out));
}

export function checkContent(bundle: FlowBundle, index: FlowIndex, fileOf: (treeId: string) => string, resolve?: CitationResolver): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const flowFile = `flows/${bundle.flow.id}.yaml`;

  // --- legal references
  const cite = (file: string, node: string | undefined, refs: readonly string[] | undefined, where: string): Citation[] =>
    (refs ?? []).flatMap((ref) => {
      try {
        const c = parseCitation(ref);
        const missing = resolve?.(c, ref);
        if (missing) problems.push({ file, node, rule: 'unresolved_citation', message: `${where}: ${missing}` });
        return [c];
      } catch (e) {
        problems.push({ file, node, rule: 'citation', message: `${where}: ${e instanceof CitationError ? e.message : String(e)}` });
        return [];
      }
    });
  const blocks = ['duties', 'conclusions', 'flags', 'commitments', 'openPoints'] as const;
  for (const tree of bundle.trees) {
    const file = fileOf(tree.id);
    for (const node of tree.nodes) {
      cite(file, node.id, node.source, 'source');
      if (node.kind === 'outcome') cite(file, node.id, node.basis, 'basis');
      if (node.kind === 'single' || node.kind === 'multiple') for (const o of node.options) cite(file, node.id, o.basis, `option "${o.id}" basis`);
      if (isQuestion(node)) {
        for (const lang of ['fr', 'de', 'en'] as const) {
          const texts = [node.text[lang], node.help[lang], ...(node.kind === 'text' ? [] : node.options.map((o) => o.label[lang]))];
          if (texts.some((x) => AUTHORING_NOTES.some((re) => re.test(x)))) problems.push({ file, node: node.id, rule: 'authoring_note', message: `the ${lang} text or help carries a note for authors; say the rule, and record uncertainty as an amendment in law/dates.yaml` });
        }
      }
    }
    for (const kind of blocks) {
      for (const [id, b] of Object.entries((tree[kind] ?? {}) as Record<string, { source: string[]; text?: Localised; body?: Localised }>)) {
        cite(file, id, b.source, `${kind} source`);
        const texts = [b.text, b.body].filter(Boolean) as Localised[];
        if (texts.some((t) => Object.values(t).some((x) => AUTHORING_NOTES.some((re) => re.test(x))))) problems.push({ file, node: id, rule: 'authoring_note', message: `${kind} "${id}" carries a note for authors` });
      }
    }
    for (const rule of tree.rules ?? []) cite(file, rule.id, rule.basis, 'rule basis');
    // Obligations rest on binding law; what rests on the guidelines alone is a recommendation.
    for (const [id, d] of Object.entries(tree.duties ?? {})) {
      const refs = d.source.flatMap((s) => {
        try {
          return [parseCitation(s)];
        } catch {
          return [];
        }
      });
      if (d.kind === 'obligation' && !refs.some(BINDING)) problems.push({ file, node: id, rule: 'duty_kind', message: 'an obligation must cite binding law (AI Act, GDPR, a directive or national law)' });
      if (refs.length && refs.every((c) => c.kind === 'guidelines') && d.kind !== 'recommendation') problems.push({ file, node: id, rule: 'duty_kind', message: 'a duty that rests on the guidelines alone is a recommendation' });
      for (const a of d.amendments ?? []) if (!bundle.law.amendments?.[a]) problems.push({ file, node: id, rule: 'undefined_block', message: `amendment "${a}" is not in law/dates.yaml` });
      for (const m of d.transitions ?? []) if (!bundle.law.milestones[m]) problems.push({ file, node: id, rule: 'undefined_block', message: `transition "${m}" is not a milestone of law/dates.yaml` });
    }
  }
  for (const tree of bundle.trees)
    for (const [id, f] of Object.entries(tree.flags ?? {}))
      for (const a of f.amendments ?? []) if (!bundle.law.amendments?.[a]) problems.push({ file: fileOf(tree.id), node: id, rule: 'undefined_block', message: `amendment "${a}" is not in law/dates.yaml` });
  for (const [id, m] of Object.entries(bundle.law.milestones)) {
    cite('law/dates.yaml', id, m.source, 'milestone source');
    if (m.amendment && !bundle.law.amendments?.[m.amendment]) problems.push({ file: 'law/dates.yaml', node: id, rule: 'undefined_block', message: `amendment "${m.amendment}" is not defined` });
  }
  for (const [id, a] of Object.entries(bundle.law.amendments ?? {})) cite('law/dates.yaml', id, [a.act, ...a.provisions], 'amendment act and provisions');
  const catalogueFile = `catalogue/${bundle.catalogue.id}.yaml`;
  for (const s of bundle.catalogue.services) cite(catalogueFile, s.id, s.source, 'service source');
  for (const l of bundle.catalogue.locations ?? []) cite(catalogueFile, l.id, l.source, 'location source');

  // --- named conditions: defined once across the flow, never circular
  const definedIn = new Map<string, string>();
  for (const tree of bundle.trees) {
    for (const name of Object.keys(tree.conditions ?? {})) {
      if (definedIn.has(name)) problems.push({ file: fileOf(tree.id), node: name, rule: 'duplicate_id', message: `condition "${name}" is also defined in ${fileOf(definedIn.get(name)!)}` });
      definedIn.set(name, tree.id);
    }
  }
  const uses = (tree: Tree): [string, Condition][] => [
    ...tree.nodes.flatMap((n): [string, Condition][] => {
      const lists = n.kind === 'single' ? n.options.flatMap((o) => (Array.isArray(o.next) ? o.next : [])) : n.kind !== 'outcome' && Array.isArray(n.next) ? n.next : [];
      return lists.flatMap((r) => (r.when ? [[n.id, r.when] as [string, Condition]] : []));
    }),
    ...(tree.rules ?? []).map((r): [string, Condition] => [r.id, r.when]),
    ...Object.entries(tree.conditions ?? {}),
  ];
  for (const tree of bundle.trees) {
    for (const [where, c] of uses(tree)) {
      const refs = new Set<string>();
      named(c, refs);
      for (const n of refs) if (!index.conditions.has(n)) problems.push({ file: fileOf(tree.id), node: where, rule: 'undefined_condition', message: `condition "${n}" is not defined` });
    }
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const circular = (name: string): boolean => {
    if (done.has(name)) return false;
    if (visiting.has(name)) return true;
    visiting.add(name);
    const refs = new Set<string>();
    named(index.conditions.get(name), refs);
    const bad = [...refs].some(circular);
    visiting.delete(name);
    done.add(name);
    return bad;
  };
  for (const name of index.conditions.keys()) if (circular(name)) problems.push({ file: fileOf(definedIn.get(name)!), node: name, rule: 'cycle', message: `condition "${name}" refers back to itself` });

  // --- the plan of action covers every duty and open point, and only defined ones
  const covered = { duties: new Set<string>(), openPoints: new Set<string>(), flags: new Set<string>() };
  for (const tree of bundle.trees) {
    for (const [id, a] of Object.entries(tree.actions ?? {})) {
      for (const kind of ['duties', 'openPoints', 'flags'] as const) {
        for (const x of a.covers[kind] ?? []) {
          covered[kind].add(x);
          if (!defines(bundle, kind, x)) problems.push({ file: fileOf(tree.id), node: id, rule: 'undefined_block', message: `action covers ${kind} "${x}", which no tree defines` });
        }
      }
    }
  }
  const hasActions = bundle.trees.some((t) => t.actions);
  if (hasActions) {
    for (const tree of bundle.trees) {
      for (const kind of ['duties', 'openPoints', 'flags'] as const) {
        for (const id of Object.keys(tree[kind] ?? {})) {
          if (!covered[kind].has(id)) problems.push({ file: fileOf(tree.id), node: id, rule: 'uncovered', message: `no step of the plan of action covers ${kind} "${id}"` });
        }
      }
    }
  }

  // --- a route of a question sees what was established before it: reading its own options' facts is a mistake
  const factsOf = (c: Condition | undefined, out: Set<string>): void => {
    if (!c) return;
    if (c.type === 'fact') out.add(c.params.fact);
    else if (c.type === 'anyFact' || c.type === 'countFacts') c.params.facts.forEach((f) => out.add(f));
    else if (c.type === 'not') factsOf(c.params.condition, out);
    else if (c.type === 'all' || c.type === 'any') c.params.conditions.forEach((x) => factsOf(x, out));
  };
  for (const tree of bundle.trees) {
    for (const node of tree.nodes) {
      if (node.kind !== 'multiple' && node.kind !== 'single') continue;
      const own = new Set(node.options.flatMap((o) => o.facts ?? []));
      const routes = node.kind === 'multiple' ? (Array.isArray(node.next) ? node.next : []) : node.options.flatMap((o) => (Array.isArray(o.next) ? o.next : []));
      for (const r of routes) {
        const read = new Set<string>();
        factsOf(r.when, read);
        const self = [...read].filter((f) => own.has(f));
        if (self.length) problems.push({ file: fileOf(tree.id), node: node.id, rule: 'self_reference', message: `a route reads ${self.join(', ')}, which this question's own options set: a route sees only what was established before the question; route through a branch` });
      }
    }
  }

  // --- questions that take their options from the catalogue
  for (const tree of bundle.trees) {
    for (const node of tree.nodes) {
      if (node.kind !== 'single') continue;
      if (node.options.length < 2) problems.push({ file: fileOf(tree.id), node: node.id, rule: 'schema', message: `${node.options.length} option(s): a choice needs at least two` });
      const ids = node.options.map((o) => o.id);
      const twice = ids.find((x, i) => ids.indexOf(x) !== i);
      if (twice) problems.push({ file: fileOf(tree.id), node: node.id, rule: 'duplicate_id', message: `option "${twice}" appears twice (the catalogue may give an option of the same id)` });
    }
  }

  // --- the flow's own wording and mappings
  if (!bundle.flow.vocabulary) problems.push({ file: flowFile, rule: 'vocabulary', message: 'the flow has no vocabulary (class titles, role names, templates): every sentence of a result comes from the flow' });
  for (const f of bundle.flow.register?.fields ?? []) {
    const s = f.source;
    if (s.from === 'answer' && !index.questions.has(s.question)) problems.push({ file: flowFile, node: f.id, rule: 'register', message: `register field reads question "${s.question}", which does not exist` });
    if (s.from === 'duties') for (const d of s.duties) if (!defines(bundle, 'duties', d)) problems.push({ file: flowFile, node: f.id, rule: 'register', message: `register field reads duty "${d}", which no tree defines` });
    if (s.from === 'commitments') for (const c of s.commitments) if (!defines(bundle, 'commitments', c)) problems.push({ file: flowFile, node: f.id, rule: 'register', message: `register field reads commitment "${c}", which no tree defines` });
  }
  problems.push(...checkImpactAssessments(bundle, index, flowFile, cite));
  for (const m of bundle.flow.migrations ?? []) {
    for (const r of m.rules) {
      const q = index.questions.get(r.question);
      if (!q || q.kind === 'text') problems.push({ file: flowFile, node: r.question, rule: 'migration', message: `migration from ${m.from} sets "${r.question}", which is not a choice question of this version` });
      else if (!q.options.some((o) => o.id === r.option)) problems.push({ file: flowFile, node: r.question, rule: 'migration', message: `migration from ${m.from} sets option "${r.option}", which "${r.question}" does not offer` });
    }
    const answerOnly = (c: Condition): boolean => c.type === 'answer' || c.type === 'answered' || (c.type === 'not' ? answerOnly(c.params.condition) : c.type === 'all' || c.type === 'any' ? c.params.conditions.every(answerOnly) : false);
    for (const r of m.rules) if (!answerOnly(r.when)) problems.push({ file: flowFile, node: r.question, rule: 'migration', message: `migration from ${m.from}: a rule reads old answers only (answer, answered, not, all, any)` });
    for (const id of m.reask ?? []) if (!index.questions.has(id)) problems.push({ file: flowFile, node: id, rule: 'migration', message: `migration from ${m.from} asks "${id}" again, which is not a question of this version` });
  }
  return problems;
}

/**
 * The drafts of the impact assessments (flow `impactAssessments`): every text in the three languages and
 * free of authoring notes, every reference parsing and resolving, the elements in the order of the
 * provision's points, and every answer, option, duty, commitment, flag and fact they read defined.
 */
function checkImpactAssessments(bundle: FlowBundle, index: FlowIndex, file: string, cite: (file: string, node: string | undefined, refs: readonly string[] | undefined, where: string) => unknown): CheckProblem[] {
  const section = bundle.flow.impactAssessments;
  if (!section) return [];
  const problems: CheckProblem[] = [];
  const problem = (node: string, message: string) => problems.push({ file, node, rule: 'impact_assessment', message });
  // Checked on the data itself, not only by the schema: a bundle assembled in code reaches here too.
  const text = (node: string, where: string, l: Partial<Localised> | undefined) => {
    for (const lang of LANGS) {
      const v = l?.[lang];
      if (typeof v !== 'string' || !v.trim()) problems.push({ file, node, rule: 'missing_translation', message: `${where}: no ${lang} text` });
      else if (AUTHORING_NOTES.some((re) => re.test(v))) problems.push({ file, node, rule: 'authoring_note', message: `${where}: the ${lang} text carries a note for authors` });
    }
  };
  const placeholders = (node: string, where: string, l: Partial<Localised> | undefined, names: string[]) => {
    for (const lang of LANGS) for (const n of names) if (typeof l?.[lang] === 'string' && !l[lang]!.includes(`{${n}}`)) problem(node, `${where}: the ${lang} template lacks {${n}}`);
  };
  const defined = (kind: 'duties' | 'commitments' | 'flags', id: string) => defines(bundle, kind, id);
  const established = new Set<string>();
  for (const tree of bundle.trees) {
    for (const n of tree.nodes) {
      if (n.kind === 'single' || n.kind === 'multiple') n.options.forEach((o) => o.facts?.forEach((f) => established.add(f)));
      if (n.kind === 'outcome') n.facts?.forEach((f) => established.add(f));
    }
    for (const r of tree.rules ?? []) r.facts?.forEach((f) => established.add(f));
  }
  const choice = (node: string, where: string, id: string) => {
    const q = index.questions.get(id);
    if (!q) problem(node, `${where} reads question "${id}", which does not exist`);
    else if (q.kind === 'text') problem(node, `${where} reads the options of "${id}", a text question`);
    else return q;
    return undefined;
  };

  text('impactAssessments', 'filled', section.filled);
  text('impactAssessments', 'toComplete', section.toComplete);
  text('impactAssessments', 'notKnown', section.notKnown);
  for (const kind of ['fria', 'dpia'] as const) {
    const d: ImpactDraft = section[kind];
    if (!defined('duties', d.duty)) problem(kind, `${kind} is required by duty "${d.duty}", which no tree defines`);
    cite(file, kind, d.source, `${kind} source`);
    text(kind, `${kind} title`, d.title);
    text(kind, `${kind} intro`, d.intro);
    text(kind, `${kind} complements (required)`, d.complements?.required);
    if (d.complements?.notRequired) text(kind, `${kind} complements (not required)`, d.complements.notRequired);
    if (d.complements?.source) cite(file, kind, d.complements.source, `${kind} complements source`);
    for (const n of ['one', 'other'] as const) {
      text(kind, `${kind} summary counts (${n})`, d.summary?.counts?.[n]);
      placeholders(kind, `${kind} summary counts (${n})`, d.summary?.counts?.[n], ['filled', 'total', 'missing']);
    }
    text(kind, `${kind} summary complete`, d.summary?.complete);
    text(kind, `${kind} summary findings`, d.summary?.findings);
    placeholders(kind, `${kind} summary complete`, d.summary?.complete, ['total']);
    placeholders(kind, `${kind} summary findings`, d.summary?.findings, ['findings']);
    const ids = new Set<string>();
    d.elements.forEach((e, i) => {
      if (ids.has(e.id)) problems.push({ file, node: e.id, rule: 'duplicate_id', message: `${kind} has two elements "${e.id}"` });
      ids.add(e.id);
      const point = String.fromCharCode(97 + i);
      if (e.point !== point) problem(e.id, `${kind} element ${i + 1} answers point (${e.point}); the elements follow the provision's points in order, so this one is (${point})`);
      cite(file, e.id, e.source, `${kind} element source`);
      text(e.id, 'title', e.title);
      text(e.id, 'shortTitle', e.shortTitle);
      text(e.id, 'hint', e.hint);
      if (e.finding) {
        text(e.id, 'finding', e.finding);
        placeholders(e.id, 'finding', e.finding, ['values']);
      }
      if (e.alwaysToComplete && e.fill.some((p) => !p.context)) problem(e.id, 'alwaysToComplete, yet a part that is not context could fill it');
      if (e.alwaysToComplete && e.finding) problem(e.id, 'alwaysToComplete, yet it has a finding: the summary states the findings of filled elements only');
      if (e.alwaysToComplete && e.hintAlways) problem(e.id, 'alwaysToComplete and hintAlways: an element always to complete already shows its hint');
      if (!e.alwaysToComplete && !e.fill.some((p) => !p.context)) problem(e.id, 'every part is context: nothing could ever fill the element (say alwaysToComplete if that is meant)');
      for (const p of e.fill) {
        const where = `part from ${p.from}`;
        if (p.label) text(e.id, `${where} label`, p.label);
        switch (p.from) {
          case 'answer': {
            const q = index.questions.get(p.question);
            if (!q) problem(e.id, `${where} reads question "${p.question}", which does not exist`);
            else if (q.kind !== 'text') problem(e.id, `${where} quotes "${p.question}", which is not a text question (use options or byAnswer)`);
            break;
          }
          case 'options':
            p.questions.forEach((id) => choice(e.id, where, id));
            break;
          case 'byAnswer': {
            const q = choice(e.id, where, p.question);
            for (const o of [...Object.keys(p.texts), ...(p.complete ?? [])]) if (q && !q.options.some((x) => x.id === o)) problem(e.id, `${where} names option "${o}", which "${p.question}" does not offer`);
            // A "not sure" answer is an assumption: its sentence may say so, as context, never fill the element.
            if (p.texts.unsure && !p.context) problem(e.id, `${where} gives a sentence for "unsure" outside context: a "not sure" answer never fills an element`);
            if (p.complete?.includes('unsure')) problem(e.id, `${where} lets "unsure" complete the element: a "not sure" answer never fills an element`);
            for (const [o, t] of Object.entries(p.texts)) text(e.id, `${where} text for "${o}"`, t);
            break;
          }
          case 'duties':
            for (const id of p.duties) if (!defined('duties', id)) problem(e.id, `${where} reads duty "${id}", which no tree defines`);
            if (p.text) text(e.id, `${where} text`, p.text);
            break;
          case 'commitments':
            for (const id of p.commitments) if (!defined('commitments', id)) problem(e.id, `${where} reads commitment "${id}", which no tree defines`);
            break;
          case 'flags':
            for (const id of p.flags) if (!defined('flags', id)) problem(e.id, `${where} reads flag "${id}", which no tree defines`);
            break;
          case 'facts':
            if (p.holdsBack && !p.context) problem(e.id, `${where} holds the element back, so it is context (say context: true)`);
            for (const [f, t] of Object.entries(p.texts)) {
              if (!established.has(f)) problem(e.id, `${where} reads fact "${f}", which no option, outcome or rule establishes`);
              text(e.id, `${where} text for "${f}"`, t);
            }
            break;
          case 'dataKinds':
            for (const [k, t] of Object.entries(p.labels)) {
              if (!(DATA_KINDS as readonly string[]).includes(k)) problem(e.id, `${where} names data kind "${k}", which is not one of ${DATA_KINDS.join(', ')}`);
              text(e.id, `${where} label for "${k}"`, t);
            }
            break;
          case 'classification':
          case 'system':
            break;
        }
      }
    });
  }
  return problems;
}
