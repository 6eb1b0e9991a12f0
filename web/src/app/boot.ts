// What a server-rendered page hands to the app: the state it rendered, so that the app hydrates that
// very markup instead of fetching it again. One JSON island, read once.
import type { Lang } from '../i18n/index.tsx';
import type { Session } from '../lib/api.ts';
import type { AssessmentState, Config, QuestionView } from '../lib/types.ts';

export interface Boot {
  lang: Lang;
  /** The page's origin as the server saw it: links render the same on both sides, then follow location. */
  origin: string;
  config: Config;
  /** The start page: the flow's first question. */
  first?: QuestionView | null;
  /** A page rendered after a form was sent without the app: the assessment and how to keep changing it. */
  state?: AssessmentState | null;
  session?: Session | null;
  error?: string | null;
}

export const BOOT_ELEMENT_ID = 'app-boot';

/** The JSON island, safe inside <script>: no "</script>", no HTML comment, no line separators. */
export function bootJson(boot: Boot): string {
  return JSON.stringify(boot).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function readBoot(doc: Document): Boot | null {
  const el = doc.getElementById(BOOT_ELEMENT_ID);
  if (!el?.textContent) return null;
  try {
    return JSON.parse(el.textContent) as Boot;
  } catch {
    return null;
  }
}
