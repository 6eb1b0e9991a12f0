// The questions that screen the prohibitions of Art 5(1) and the points of Annex III, and those the
// fundamental rights impact assessment of Art 27(1) adds, name the decisive words of the provision (a
// qualifier, an exception, a scope limit, an element of the assessment) in French, German and English. Every
// word typed here is first found in the official text of that language, read from the vendored AI Act
// (law/texts), so the test cannot drift from the Regulation: a word is the law's own before the
// question is asked to use it. Comparison ignores case, apostrophe and quote styles, hyphens and
// spacing; a `*` in a word stands for a grammatical ending (letters), e.g. `composant* de sécurité`.
import { describe, expect, it } from 'vitest';
import { treesAsFlow } from '../testing.ts';
import { loadLawTexts } from '../law/texts.ts';
import { parseCitation } from '../citations.ts';
import { LANGS, type Lang } from '../schema.ts';

const flow = treesAsFlow(['intro', 'ai-act-risk', 'hosting', 'transparency', 'guidelines']);
const texts = loadLawTexts();

interface Row {
  /** The provision, as the trees cite it. */
  provision: string;
  /** The condition of the provision that the words carry, for the test's name. */
  rule: string;
  /** The question that screens it, and the option that does when one option carries it. */
  question: string;
  option?: string;
  /** The decisive words, as the official text of each language has them. */
  words: Record<Lang, string[]>;
}

const ROWS: Row[] = [
  // Article 5(1): prohibited practices
  { provision: 'AI Act Art 5(1)(a)', rule: 'the techniques', question: 'art5_1_a_b_manipulation', option: 'manipulation', words: { en: ['subliminal', 'purposefully manipulative or deceptive'], fr: ['subliminales', 'délibérément manipulatrices ou trompeuses'], de: ['unterschwellig*', 'absichtlich manipulative oder täuschende'] } },
  { provision: 'AI Act Art 5(1)(a)', rule: 'the impaired informed decision', question: 'art5_1_a_b_manipulation', option: 'manipulation', words: { en: ['appreciably', 'informed decision'], fr: ['décision éclairée'], de: ['deutlich beeinträchtig*', 'fundierte Entscheidung'] } },
  { provision: 'AI Act Art 5(1)(a)', rule: 'the significant harm', question: 'art5_1_a_b_manipulation', option: 'manipulation', words: { en: ['significant harm', 'reasonably likely'], fr: ['préjudice important', 'raisonnablement'], de: ['erhebliche* Schaden', 'hinreichend* wahrscheinlich'] } },
  { provision: 'AI Act Art 5(1)(b)', rule: 'the vulnerabilities', question: 'art5_1_a_b_manipulation', option: 'vulnerability', words: { en: ['vulnerabilities', 'disability', 'social or economic situation'], fr: ['vulnérabilités', 'handicap', 'situation sociale ou économique'], de: ['Schutzbedürftigkeit', 'Behinderung', 'sozialen oder wirtschaftlichen'] } },
  { provision: 'AI Act Art 5(1)(b)', rule: 'the significant harm', question: 'art5_1_a_b_manipulation', option: 'vulnerability', words: { en: ['significant harm'], fr: ['préjudice important'], de: ['erhebliche* Schaden'] } },
  { provision: 'AI Act Art 5(1)(c)', rule: 'groups are scored too', question: 'system_does', option: 'evaluates_people', words: { en: ['groups'], fr: ['groupes de personnes'], de: ['Gruppen'] } },
  { provision: 'AI Act Art 5(1)(c)', rule: 'the social score', question: 'art5_1_c_d_scoring_crime_risk', option: 'art5_1_c_social_scoring', words: { en: ['groups', 'known, inferred or predicted'], fr: ['groupes de personnes', 'connues, déduites ou prédites'], de: ['Gruppen', 'soziale* Verhalten', 'Zeitraum'] } },
  { provision: 'AI Act Art 5(1)(c)', rule: 'the detrimental treatment', question: 'art5_1_c_d_scoring_crime_risk', option: 'art5_1_c_social_scoring', words: { en: ['unrelated', 'unjustified or disproportionate'], fr: ['défavorable', 'injustifié ou disproportionné'], de: ['Schlechterstellung', 'ungerechtfertigt oder unverhältnismäßig'] } },
  { provision: 'AI Act Art 5(1)(d)', rule: 'solely on profiling', question: 'art5_1_c_d_scoring_crime_risk', option: 'art5_1_d_crime_prediction', words: { en: ['solely', 'profiling', 'personality traits'], fr: ['uniquement', 'profilage', 'traits de personnalité'], de: ['ausschließlich', 'Profiling'] } },
  { provision: 'AI Act Art 5(1)(d)', rule: 'the exception for a human assessment on facts', question: 'art5_1_d_human_assessment_support', words: { en: ['human assessment', 'objective and verifiable facts', 'directly linked'], fr: ['évaluation humaine', 'faits objectifs et vérifiables', 'directement liés'], de: ['objektive und überprüfbare Tatsachen', 'unmittelbar*'] } },
  { provision: 'AI Act Art 5(1)(e)', rule: 'untargeted scraping', question: 'art5_1_e_face_scraping', words: { en: ['untargeted scraping', 'facial images', 'CCTV'], fr: ['non ciblé*', 'images faciales', 'reconnaissance faciale'], de: ['ungezielte Auslesen', 'Gesichtsbildern', 'überwachungsaufnahmen'] } },
  { provision: 'AI Act Art 5(1)(f)', rule: 'workplace and education, save medical or safety reasons', question: 'art5_1_f_emotions', option: 'work_education', words: { en: ['workplace', 'education institutions', 'medical or safety reasons'], fr: ['lieu de travail', "établissements d'enseignement", 'raisons médicales ou de sécurité'], de: ['Arbeitsplatz', 'Bildungseinrichtungen', 'medizinischen Gründen oder Sicherheitsgründen'] } },
  { provision: 'AI Act Art 5(1)(g)', rule: 'the sensitive traits', question: 'art5_1_g_biometric_categorisation', option: 'sensitive_traits', words: { en: ['trade union membership', 'religious or philosophical beliefs', 'sexual orientation'], fr: ['opinions politiques', 'convictions religieuses ou philosophiques', 'orientation sexuelle'], de: ['Gewerkschaftszugehörigkeit', 'religiöse* oder weltanschauliche* Überzeugungen', 'sexuelle Ausrichtung'] } },
  { provision: 'AI Act Art 5(1)(g)', rule: 'the exception for lawfully acquired datasets', question: 'art5_1_g_lawful_datasets', words: { en: ['labelling or filtering', 'lawfully acquired biometric datasets', 'law enforcement'], fr: ["l'étiquetage ou le filtrage", 'acquis légalement', 'domaine répressif'], de: ['Kennzeichnung oder Filterung', 'rechtmäßig erworbener biometrischer Datensätze', 'Bereich der Strafverfolgung'] } },
  { provision: 'AI Act Art 5(1)(h)', rule: 'real-time, publicly accessible, law enforcement', question: 'art5_1_h_remote_identification', option: 'realtime_public_law_enforcement', words: { en: ['real-time', 'publicly accessible spaces', 'law enforcement'], fr: ['en temps réel', 'espaces accessibles au public', 'fins répressives'], de: ['Echtzeit', 'öffentlich zugänglichen Räumen', 'Strafverfolgungszwecken'] } },
  { provision: 'AI Act Art 5(1)(h)', rule: 'strictly necessary for an objective', question: 'art5_1_h_objective', words: { en: ['strictly necessary'], fr: ['strictement nécessaire'], de: ['unbedingt erforderlich'] } },
  { provision: 'AI Act Art 5(1)(h)(i)', rule: 'targeted search for specific victims', question: 'art5_1_h_objective', option: 'victims', words: { en: ['targeted search', 'specific victims', 'missing persons'], fr: ['recherche ciblée', 'personnes disparues'], de: ['gezielte Suche nach bestimmten Opfern', 'vermissten Personen'] } },
  { provision: 'AI Act Art 5(1)(h)(ii)', rule: 'a specific, substantial and imminent threat', question: 'art5_1_h_objective', option: 'threat', words: { en: ['specific, substantial and imminent', 'genuine and present or genuine and foreseeable'], fr: ['spécifique, substantielle et imminente', 'réelle et actuelle ou réelle et prévisible'], de: ['konkreten, erheblichen und unmittelbaren', 'tatsächlichen und bestehenden oder tatsächlichen und vorhersehbaren'] } },
  { provision: 'AI Act Art 5(1)(h)(iii)', rule: 'an Annex II offence of at least four years', question: 'art5_1_h_objective', option: 'suspect', words: { en: ['Annex II', 'maximum', 'at least four years'], fr: ['annexe II', 'maximale', 'au moins quatre ans'], de: ['Anhang II', 'verdächtigt', 'mindestens vier Jahren'] } },

  { provision: 'AI Act Art 5(1)(a)', rule: 'materially distorting behaviour', question: 'art5_1_a_b_manipulation', words: { en: ['materially distort*'], fr: ['altérer substantiellement'], de: ['wesentlich', 'veränder*'] } },
  { provision: 'AI Act Art 5(1)(b)', rule: 'a specific social or economic situation', question: 'art5_1_a_b_manipulation', option: 'vulnerability', words: { en: ['specific social or economic situation'], fr: ['situation sociale ou économique spécifique'], de: ['bestimmten sozialen oder wirtschaftlichen Situation'] } },
  // Annex III: high-risk uses
  { provision: 'AI Act Annex III 1(a)', rule: 'remote identification, not verification', question: 'art5_1_h_remote_identification', words: { en: ['remote biometric identification', 'verification', 'claim*'], fr: ['identification biométrique à distance', 'vérification', "qu'elle prétend être"], de: ['biometrische Fernidentifizierung', 'Verifizierung', 'für die sie sich ausgibt'] } },
  { provision: 'AI Act Annex III 1(b)', rule: 'sensitive or protected attributes', question: 'art5_1_g_biometric_categorisation', option: 'other_attributes', words: { en: ['sensitive or protected attributes'], fr: ['attributs', 'sensibles ou protégés'], de: ['sensiblen oder geschützten'] } },
  { provision: 'AI Act Annex III 1(c)', rule: 'emotion recognition', question: 'art5_1_f_emotions', words: { en: ['emotion recognition'], fr: ['reconnaissance des émotions'], de: ['Emotionserkennung'] } },
  { provision: 'AI Act Annex III 2', rule: 'a safety component of critical infrastructure', question: 'annex3_2_critical_infra', words: { en: ['safety component', 'critical digital infrastructure', 'road traffic'], fr: ['composant* de sécurité', 'infrastructures numériques critiques', 'trafic routier'], de: ['Sicherheitsbauteil', 'kritischer digitaler Infrastruktur', 'Straßenverkehr'] } },
  { provision: 'AI Act Annex III 3(a)', rule: 'access, admission or assignment', question: 'annex3_3_education', option: 'annex3_3_a_edu_access', words: { en: ['access or admission', 'assign', 'all levels'], fr: ['accès', 'admission', 'affect*'], de: ['Zugang', 'Zulassung', 'zuweis*'] } },
  { provision: 'AI Act Annex III 3(b)', rule: 'learning outcomes', question: 'annex3_3_education', option: 'annex3_3_b_edu_outcomes', words: { en: ['learning outcomes', 'steer the learning process'], fr: ["acquis d'apprentissage", "orienter le processus d'apprentissage"], de: ['Lernergebnisse', 'Lernprozess', 'steuern'] } },
  { provision: 'AI Act Annex III 3(c)', rule: 'the appropriate level of education', question: 'annex3_3_education', option: 'annex3_3_c_edu_level', words: { en: ['appropriate level of education', 'receive'], fr: ["niveau d'enseignement approprié", 'recevra'], de: ['angemessene* Bildungsniveau', 'erhalten wird'] } },
  { provision: 'AI Act Annex III 3(d)', rule: 'prohibited behaviour during tests', question: 'annex3_3_education', option: 'annex3_3_d_exam_proctoring', words: { en: ['prohibited behaviour', 'during tests'], fr: ['comportements interdits', 'examens'], de: ['verboten* Verhalten', 'Prüfungen'] } },
  { provision: 'AI Act Annex III 4(a)', rule: 'recruitment or selection', question: 'annex3_4_employment', option: 'annex3_4_a_recruitment', words: { en: ['recruitment or selection', 'targeted job advertisements', 'filter*'], fr: ['recrutement', "offres d'emploi", 'ciblée*', 'filtr*'], de: ['Einstellung oder Auswahl', 'gezielte Stellenanzeigen', 'filter*'] } },
  { provision: 'AI Act Annex III 4(b)', rule: 'work-related decisions, tasks and monitoring', question: 'annex3_4_employment', option: 'annex3_4_b_work_management', words: { en: ['promotion or termination', 'allocat*', 'performance and behaviour'], fr: ['promotion', 'tâches', 'performances'], de: ['Beförderung', 'Zuweisung von Aufgaben', 'Leistung'] } },
  { provision: 'AI Act Annex III 5(a)', rule: 'public assistance benefits, by or for a public authority', question: 'annex3_5_essential_services', option: 'annex3_5_a_public_benefits', words: { en: ['on behalf of', 'essential public assistance benefits and services', 'reclaim'], fr: ['autorité* publique*', "prestations et services d'aide sociale essentiels", 'réduire, révoquer ou récupérer'], de: ['Behörde', 'grundlegende öffentliche Unterstützungsleistungen', 'zurück*fordern'] } },
  { provision: 'AI Act Annex III 5(b)', rule: 'creditworthiness, save financial fraud', question: 'annex3_5_essential_services', option: 'annex3_5_b_credit', words: { en: ['creditworthiness', 'credit score', 'financial fraud'], fr: ['solvabilité', 'note de crédit', 'fraude* financière*'], de: ['Kreditwürdigkeit', 'Bonität', 'Finanzbetrug'] } },
  { provision: 'AI Act Annex III 5(c)', rule: 'life and health insurance', question: 'annex3_5_essential_services', option: 'annex3_5_c_life_health_ins', words: { en: ['risk assessment and pricing', 'life', 'health insurance'], fr: ['risques', 'assurance* vie', 'maladie'], de: ['Risikobewertung und Preisbildung', 'Lebens', 'Krankenversicherung'] } },
  { provision: 'AI Act Annex III 5(d)', rule: 'emergency calls, dispatch and triage', question: 'annex3_5_essential_services', option: 'annex3_5_d_emergency', words: { en: ['emergency calls', 'dispatch', 'triage'], fr: ["appels d'urgence", 'envoyer', 'patients'], de: ['Notrufe', 'entsend*', 'priorisier*'] } },
  { provision: 'AI Act Annex III 6', rule: 'in so far as Union or national law permits', question: 'annex3_6_law_enforcement', words: { en: ['in so far as', 'permitted under', 'Union or national law'], fr: ['dans la mesure où', "droit de l'Union"], de: ['soweit', 'Unionsrecht oder nationalem Recht'] } },
  { provision: 'AI Act Annex III 6(a)', rule: 'the risk of becoming a victim', question: 'annex3_6_law_enforcement', option: 'annex3_6_a_victim_risk', words: { en: ['law enforcement authorities', 'becoming the victim'], fr: ['autorités répressives', "victime d'infractions pénales"], de: ['Strafverfolgungsbehörden', 'Opfer von Straftaten'] } },
  { provision: 'AI Act Annex III 6(b)', rule: 'polygraphs or similar tools', question: 'annex3_6_law_enforcement', option: 'annex3_6_b_le_polygraph', words: { en: ['polygraph', 'similar tool*'], fr: ['polygraphe', 'outil* similaire*'], de: ['Lügendetektor', 'ähnliche* Instrument*'] } },
  { provision: 'AI Act Annex III 6(c)', rule: 'the reliability of evidence', question: 'annex3_6_law_enforcement', option: 'annex3_6_c_evidence', words: { en: ['reliability of evidence', 'investigation* or prosecution*'], fr: ['fiabilité des preuves', 'enquêtes ou de poursuites pénales'], de: ['Verlässlichkeit von Beweismitteln', 'Ermittlung*'] } },
  { provision: 'AI Act Annex III 6(d)', rule: 'offending, re-offending and past criminal behaviour', question: 'annex3_6_law_enforcement', option: 'annex3_6_d_offending_risk', words: { en: ['offending or re-offending', 'personality traits', 'past criminal behaviour'], fr: ['récidive', 'traits de personnalité'], de: ['erneut*', 'kriminelle* Verhalten'] } },
  { provision: 'AI Act Annex III 6(d)', rule: 'not solely on profiling, of people or groups', question: 'annex3_6_law_enforcement', option: 'annex3_6_d_offending_risk', words: { en: ['not solely', 'profiling', 'groups'], fr: ['sans se fonder uniquement sur le profilage', 'groupes'], de: ['nicht nur auf der Grundlage der Erstellung von Profilen', 'Gruppen'] } },
  { provision: 'AI Act Annex III 6(d)', rule: 'not solely on profiling, where the Art 5 screen routes', question: 'art5_1_c_d_scoring_crime_risk', option: 'crime_risk_with_facts', words: { en: ['not solely', 'profiling'], fr: ['sans se fonder uniquement sur le profilage'], de: ['nicht nur auf der Grundlage der Erstellung von Profilen'] } },
  { provision: 'AI Act Annex III 1(a)', rule: 'verification whose sole purpose is to confirm identity', question: 'art5_1_h_remote_identification', option: 'verification_only', words: { en: ['sole purpose'], fr: ['seule finalité'], de: ['einziger Zweck'] } },
  { provision: 'AI Act Annex III 1(b)', rule: 'categorisation by inference of the attributes', question: 'art5_1_g_biometric_categorisation', option: 'other_attributes', words: { en: ['inference'], fr: ['déduction'], de: ['Rückschlüssen'] } },
  { provision: 'AI Act Annex III 7(c)', rule: 'the eligibility of the applicants', question: 'annex3_7_migration', option: 'annex3_7_c_applications', words: { en: ['eligibility'], fr: ['éligibilité'], de: ['Berechtigung'] } },
  { provision: 'AI Act Annex III 6(e)', rule: 'profiling in criminal proceedings, as Directive 2016/680 defines it', question: 'annex3_6_law_enforcement', option: 'annex3_6_e_le_profiling', words: { en: ['profil*', 'detection, investigation or prosecution', '2016/680'], fr: ['profil*', 'détection', '2016/680'], de: ['Profil*', 'Aufdeckung, Ermittlung oder Verfolgung von Straftaten', '2016/680'] } },
  { provision: 'AI Act Annex III 7', rule: 'in so far as Union or national law permits', question: 'annex3_7_migration', words: { en: ['in so far as', 'permitted under', 'Union or national law'], fr: ['dans la mesure où', "droit de l'Union"], de: ['soweit', 'Unionsrecht oder nationalem Recht'] } },
  { provision: 'AI Act Annex III 7(a)', rule: 'polygraphs or similar tools, for the competent authorities', question: 'annex3_7_migration', option: 'annex3_7_a_mig_polygraph', words: { en: ['competent', 'polygraph', 'similar tool*'], fr: ['compétentes', 'polygraphe', 'outil* similaire*'], de: ['zuständigen', 'Lügendetektor', 'ähnliche* Instrument*'] } },
  { provision: 'AI Act Annex III 7(b)', rule: 'the risk posed by a person entering', question: 'annex3_7_migration', option: 'annex3_7_b_mig_risk', words: { en: ['irregular migration', 'health risk', 'intends to enter'], fr: ['migration irrégulière', 'sécurité', 'est entrée sur le territoire'], de: ['irreguläre*', 'Gesundheitsrisiko', 'eingereist'] } },
  { provision: 'AI Act Annex III 7(c)', rule: 'asylum, visa and residence applications and complaints', question: 'annex3_7_migration', option: 'annex3_7_c_applications', words: { en: ['asylum, visa or residence permit', 'complaints', 'reliability of evidence'], fr: ["demandes d'asile", 'titre* de séjour', 'plaintes'], de: ['Asyl', 'Beschwerden', 'Verlässlichkeit von Beweismitteln'] } },
  { provision: 'AI Act Annex III 7(d)', rule: 'identifying people, save travel documents', question: 'annex3_7_migration', option: 'annex3_7_d_mig_identification', words: { en: ['detect*, recogni* or identif*', 'travel documents'], fr: ['identif*', 'vérification des documents de voyage'], de: ['identifizier*', 'Überprüfung von Reisedokumenten'] } },
  { provision: 'AI Act Annex III 8(a)', rule: 'assisting a judicial authority on facts and law', question: 'annex3_8_a_justice', words: { en: ['judicial authority', 'researching and interpreting facts and the law', 'alternative dispute resolution'], fr: ['autorité* judiciaire*', 'interpréter les faits', 'règlement extrajudiciaire'], de: ['Justizbehörde', 'Ermittlung und Auslegung von Sachverhalten und Rechtsvorschriften', 'alternative* Streitbeilegung'] } },
  // Article 27(1): what the fundamental rights impact assessment asks that no other answer gives (1.2.0)
  { provision: 'AI Act Art 27(1)(b)', rule: 'the period of time and the frequency of use', question: 'fria_period_frequency', words: { en: ['period of time', 'frequency'], fr: ['période', 'fréquence'], de: ['Zeitraum', 'Häufigkeit'] } },
  { provision: 'AI Act Art 27(1)(d)', rule: 'the provider’s information under Article 13', question: 'fria_art13_information', words: { en: ['provider', 'Article 13'], fr: ['fournisseur', 'article 13'], de: ['Anbieter', 'Artikel 13'] } },
  { provision: 'AI Act Art 27(1)(e)', rule: 'human oversight according to the instructions for use', question: 'fria_art13_information', words: { en: ['instructions for use', 'human oversight'], fr: ["notice d'utilisation", 'contrôle humain'], de: ['Betriebsanleitung*', 'menschlichen Aufsicht'] } },
  { provision: 'AI Act Annex III 8(b)', rule: 'influencing votes, save outputs voters are not directly exposed to', question: 'annex3_8_b_elections', words: { en: ['election or referendum', 'voting behaviour', 'not directly exposed'], fr: ["résultat d'une élection ou d'un référendum", 'comportement électoral', 'directement'], de: ['Wahlverhalten', 'nicht direkt ausgesetzt'] } },
];

/** Case, apostrophes, quotes, hyphens and spacing do not count. */
function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[«»„“”‟]/g, '"')
    .replace(/[-‐‑–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word as a pattern: `*` stands for a grammatical ending (letters). */
function pattern(word: string): RegExp {
  const parts = normalise(word).split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(parts.join('\\p{L}*'), 'u');
}

/** A question's text and help, with the given option's label, or else all option labels. */
function questionTexts(row: Row, lang: Lang): string {
  const q = flow.index.questions.get(row.question);
  if (!q) throw new Error(`no question ${row.question}`);
  const options = q.kind === 'text' ? [] : q.options.filter((o) => row.option === undefined || o.id === row.option);
  if (row.option !== undefined && options.length !== 1) throw new Error(`no option ${row.option} in ${row.question}`);
  return normalise([q.text[lang], q.help[lang], ...options.map((o) => o.label[lang])].join(' '));
}

/** The provisions the question and the option cite, in `source` and `basis`. */
function cited(row: Row): string[] {
  const q = flow.index.questions.get(row.question)!;
  const options = q.kind === 'text' ? [] : q.options.filter((o) => row.option === undefined || o.id === row.option);
  return [...q.source, ...options.flatMap((o) => o.basis ?? [])];
}

/** One provision contains the other (Art 5(1) contains Art 5(1)(c); Annex III 6 contains Annex III 6(d)). */
const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}(`) || b.startsWith(`${a}(`);

const official = (provision: string, lang: Lang): string => {
  const excerpt = texts.aiAct[lang].excerpt(parseCitation(provision));
  if (!excerpt) throw new Error(`${provision} is not in the ${lang} text`);
  return normalise(excerpt.text);
};

const shown = (w: string) => w.replace(/\*/g, '…');
const quoted = (ws: string[]) => ws.map((w) => `"${shown(w)}"`).join(', ');
const nameOf = (row: Row) =>
  `${row.provision.replace(/^AI Act /, '')} (${row.rule}): ${row.question}${row.option ? `/${row.option}` : ''} says ${quoted(row.words.en)} (${row.words.fr.map(shown).join(', ')}; ${row.words.de.map(shown).join(', ')}), as the Regulation does`;

describe('the screening questions use the decisive words of Art 5(1) and Annex III', () => {
  for (const row of ROWS) {
    it(nameOf(row), () => {
      expect(cited(row).some((c) => overlaps(c, row.provision)), `${row.question} does not cite ${row.provision}`).toBe(true);
      for (const lang of LANGS) {
        const law = official(row.provision, lang);
        const asked = questionTexts(row, lang);
        for (const word of row.words[lang]) {
          const where = `${lang} texts of ${row.question}${row.option ? `/${row.option}` : ''}`;
          if (word.includes('*')) {
            expect(law, `${lang} official text of ${row.provision}`).toMatch(pattern(word));
            expect(asked, where).toMatch(pattern(word));
          } else {
            expect(law, `${lang} official text of ${row.provision}`).toContain(normalise(word));
            expect(asked, where).toContain(normalise(word));
          }
        }
      }
    });
  }

  it('covers every prohibition of Art 5(1) and every point of Annex III', () => {
    const required = [
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((p) => `AI Act Art 5(1)(${p})`),
      ...['i', 'ii', 'iii'].map((p) => `AI Act Art 5(1)(h)(${p})`),
      ...['1(a)', '1(b)', '1(c)', '2', '3(a)', '3(b)', '3(c)', '3(d)', '4(a)', '4(b)', '5(a)', '5(b)', '5(c)', '5(d)', '6(a)', '6(b)', '6(c)', '6(d)', '6(e)', '7(a)', '7(b)', '7(c)', '7(d)', '8(a)', '8(b)'].map((p) => `AI Act Annex III ${p}`),
    ];
    const covered = new Set(ROWS.map((r) => r.provision));
    expect(required.filter((p) => !covered.has(p))).toEqual([]);
  });
});
