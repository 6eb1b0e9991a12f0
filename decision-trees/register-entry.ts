// A draft entry for the algorithm register, filled from the answers and the result.
// Fields follow what public algorithm registers publish; a field the answers cannot fill is marked
// `toComplete` so that the project lead finishes it before publication.
import type { Lang, Localised } from './schema.ts';
import type { WalkContext } from './compile.ts';
import type { AssessmentResult } from './result.ts';

export const REGISTER_FIELDS = [
  'name',
  'organisation',
  'description',
  'purposeAndImpact',
  'humanIntervention',
  'riskManagement',
  'legalBasis',
  'impactAssessments',
  'data',
  'technicalOperation',
  'supplier',
  'publicationCategory',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export interface RegisterEntry {
  fields: { id: RegisterField; label: string; value: string; toComplete: boolean }[];
}

const LABELS: Record<RegisterField, Localised> = {
  name: { fr: 'Nom du système', de: 'Name des Systems', en: 'Name of the system' },
  organisation: { fr: 'Organisation responsable', de: 'Verantwortliche Organisation', en: 'Responsible organisation' },
  description: { fr: 'Description en langage clair', de: 'Beschreibung in einfacher Sprache', en: 'Plain-language description' },
  purposeAndImpact: { fr: 'Finalité et impact', de: 'Zweck und Auswirkungen', en: 'Purpose and impact' },
  humanIntervention: { fr: 'Intervention humaine', de: 'Menschliches Eingreifen', en: 'Human intervention' },
  riskManagement: { fr: 'Gestion des risques', de: 'Risikomanagement', en: 'Risk management' },
  legalBasis: { fr: 'Base légale', de: 'Rechtsgrundlage', en: 'Legal basis' },
  impactAssessments: { fr: "Analyses d'impact", de: 'Folgenabschätzungen', en: 'Impact assessments' },
  data: { fr: 'Données', de: 'Daten', en: 'Data' },
  technicalOperation: { fr: 'Fonctionnement technique', de: 'Technische Funktionsweise', en: 'Technical operation' },
  supplier: { fr: 'Fournisseur', de: 'Anbieter', en: 'Supplier' },
  publicationCategory: { fr: 'Catégorie de publication', de: 'Veröffentlichungskategorie', en: 'Publication category' },
};

const TO_COMPLETE: Localised = { fr: 'À compléter par le chef de projet.', de: 'Von der Projektleitung zu ergänzen.', en: 'To be completed by the project lead.' };

const CATEGORY: Record<string, Localised> = {
  high_risk: {
    fr: 'Impact élevé : publication obligatoire (système d’IA à haut risque)',
    de: 'Hohe Auswirkung: Veröffentlichung verpflichtend (Hochrisiko-KI-System)',
    en: 'High impact: publication required (high-risk AI system)',
  },
  limited_risk: {
    fr: 'Impact sur le public : publication recommandée (obligations de transparence)',
    de: 'Auswirkung auf die Öffentlichkeit: Veröffentlichung empfohlen (Transparenzpflichten)',
    en: 'Public-facing: publication recommended (transparency duties)',
  },
  minimal_risk: {
    fr: 'Impact faible : publication volontaire',
    de: 'Geringe Auswirkung: freiwillige Veröffentlichung',
    en: 'Low impact: voluntary publication',
  },
  out_of_scope: {
    fr: 'Hors du champ du règlement sur l’IA : publication volontaire',
    de: 'Außerhalb des Anwendungsbereichs der KI-Verordnung: freiwillige Veröffentlichung',
    en: 'Outside the AI Act: voluntary publication',
  },
  prohibited: { fr: 'Pratique interdite : ne pas mettre en service', de: 'Verbotene Praktik: nicht in Betrieb nehmen', en: 'Prohibited practice: do not put into service' },
};

const text = (ctx: WalkContext, id: string): string | undefined => {
  const a = ctx.answers[id];
  return typeof a === 'string' && a.trim() ? a.trim() : undefined;
};

/** Null when the flow has no intro (a tree evaluated on its own). */
export function buildRegisterEntry(ctx: WalkContext, r: AssessmentResult, lang: Lang): RegisterEntry | null {
  if (ctx.answers['intro_title'] === undefined) return null;
  const field = (id: RegisterField, value: string | undefined) => ({
    id,
    label: LABELS[id][lang],
    value: value ?? TO_COMPLETE[lang],
    toComplete: value === undefined,
  });
  const dutyTitles = (ids: string[]) => r.duties.filter((d) => ids.includes(d.id)).map((d) => d.title);
  const assessments = dutyTitles(['gdpr35_dpia', 'art27_fria']);
  const oversight = r.commitments.filter((c) => c.id.startsWith('human_oversight')).map((c) => c.text);
  const risk = [...dutyTitles(['art26_deployer_obligations', 'art16_provider_obligations', 'art6_4_documentation']), ...r.commitments.filter((c) => c.id.startsWith('robustness')).map((c) => c.text)];
  return {
    fields: [
      field('name', text(ctx, 'intro_title')),
      field('organisation', text(ctx, 'intro_organisation')),
      field('description', text(ctx, 'intro_description')),
      field('purposeAndImpact', undefined),
      field('humanIntervention', oversight.length ? oversight.join(' ') : undefined),
      field('riskManagement', risk.length ? risk.join('; ') : undefined),
      field('legalBasis', r.basis.length ? r.basis.join('; ') : undefined),
      field('impactAssessments', assessments.length ? assessments.join('; ') : undefined),
      field('data', r.hosting ? r.hosting.dataKinds.join(', ') : undefined),
      field('technicalOperation', r.hosting && r.hosting.allowed.length ? r.hosting.services.filter((s) => r.hosting!.allowed.includes(s.id)).map((s) => s.name).join(', ') : undefined),
      field('supplier', undefined),
      field('publicationCategory', r.riskClass ? CATEGORY[r.riskClass]![lang] : undefined),
    ],
  };
}
