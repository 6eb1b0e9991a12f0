// A draft entry for the algorithm register, filled from the answers and the result by the flow's own
// mapping (flows/*.yaml, `register`): which answer, duty or commitment fills which field, per language.
// A field the answers cannot fill is marked `toComplete`, with a hint where the mapping gives one.
import type { Lang, RegisterSource } from './schema.ts';
import type { WalkContext } from './compile.ts';
import type { FlowBundle } from './bundle.ts';
import type { AssessmentResult, RegisterEntry } from './view-schemas.ts';

export type { RegisterEntry } from './view-schemas.ts';

const answerText = (ctx: WalkContext, id: string): string | undefined => {
  const a = ctx.answers[id];
  return typeof a === 'string' && a.trim() ? a.trim() : undefined;
};

/** The AI Act class in words, with the references that decided it; undefined before a class is known. */
export function classificationText(r: Pick<AssessmentResult, 'riskClass' | 'riskClassTitle' | 'basisSources'>, separator = '; '): string | undefined {
  return r.riskClass ? `${r.riskClassTitle}${r.basisSources.length ? ` (${r.basisSources.map((b) => b.label).join(separator)})` : ''}` : undefined;
}

function valueOf(source: RegisterSource, ctx: WalkContext, r: Omit<AssessmentResult, 'registerEntry'>, lang: Lang): string | undefined {
  const titles = (ids: string[]) => r.duties.filter((d) => ids.includes(d.id)).map((d) => d.title);
  const some = (xs: string[], sep = '; ') => (xs.length ? xs.join(sep) : undefined);
  switch (source.from) {
    case 'answer':
      return answerText(ctx, source.question);
    case 'duties':
      return some(titles(source.duties));
    case 'commitments':
      return some(r.commitments.filter((c) => source.commitments.includes(c.id)).map((c) => c.text), ' ');
    case 'classification':
      return classificationText(r);
    case 'byClass':
      return r.riskClass ? source.texts[r.riskClass][lang] : undefined;
    case 'dataKinds':
      return r.hosting?.dataKinds.length ? r.hosting.dataKinds.map((k) => source.labels[k]?.[lang] ?? k).join(', ') : undefined;
    case 'system':
      return r.hosting?.system ?? undefined;
    case 'toComplete':
      return undefined;
    // The 1.0.0 mapping, as published.
    case 'basis':
      return some(r.basis);
    case 'allowedServices':
      return r.hosting?.allowed.length ? r.hosting.services.filter((s) => r.hosting!.allowed.includes(s.id)).map((s) => s.name).join(', ') : undefined;
    case 'commitmentPrefix': {
      const parts = [...titles(source.duties ?? []), ...r.commitments.filter((c) => c.id.startsWith(source.prefix)).map((c) => c.text)];
      return some(parts, source.duties ? '; ' : ' ');
    }
  }
}

/** Null when the flow has no intro (a tree evaluated on its own) or no register mapping. */
export function buildRegisterEntry(bundle: FlowBundle, ctx: WalkContext, r: Omit<AssessmentResult, 'registerEntry'>, lang: Lang): RegisterEntry | null {
  const mapping = bundle.flow.register;
  if (!mapping || ctx.answers['intro_title'] === undefined) return null;
  return {
    fields: mapping.fields.map((f) => {
      const value = valueOf(f.source, ctx, r, lang);
      return {
        id: f.id,
        label: f.label[lang],
        value: value ?? mapping.toComplete[lang],
        toComplete: value === undefined,
        ...(value === undefined && f.hint ? { hint: f.hint[lang] } : {}),
      };
    }),
  };
}
