// Drives the walkthrough in the browser: reads the current question and answers it.
import type { Page } from 'playwright-core';
import { BENEFITS_ASSISTANT, defaultAnswer } from '../../decision-trees/scenarios.ts';

/** A benefits-eligibility assistant of a ministry, built for it: Annex III 5(a), profiling, no derogation. */
export const HIGH_RISK = { intro_title: 'Allocation eligibility assistant', ...BENEFITS_ASSISTANT, hosting_location: 'state_it_centre' };

export type Pick = (q: { id: string; kind: string; options: string[] }) => string | string[];

/** The plain answer of the scenario set (an AI tool used as provided), unless `answers` says otherwise. */
export function policy(answers: Record<string, string | string[]> = {}, defaults: Pick = pickDefault): Pick {
  return (q) => answers[q.id] ?? defaults(q);
}

export const pickDefault: Pick = (q) => defaultAnswer({ id: q.id, kind: q.kind as 'single' | 'multiple' | 'text', options: q.options.map((id) => ({ id, label: id })) });

export async function currentQuestion(page: Page) {
  const form = page.locator('form.question').first();
  await form.waitFor();
  const id = (await form.getAttribute('data-question'))!;
  const kind = (await form.getAttribute('data-kind'))!;
  const options = await form.locator('input[type=radio], input[type=checkbox]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  return { id, kind, options };
}

/** Answers the current question with the mouse and waits for the next one (or the result). */
export async function answer(page: Page, pick: Pick): Promise<string> {
  const q = await currentQuestion(page);
  const value = pick(q);
  const form = page.locator(`form.question[data-question="${q.id}"]`);
  if (q.kind === 'text') await form.locator('input[type=text], textarea').fill(String(value));
  else for (const v of Array.isArray(value) ? value : [value]) await form.locator(`input[value="${v}"]`).check();
  await form.locator('button[type=submit][value=answer]').click();
  // Locators pierce the widget's shadow root; document.querySelector would not.
  await Promise.race([form.waitFor({ state: 'detached' }), page.locator('.result').waitFor()]);
  return q.id;
}

/** Answers until the result shows; returns the question ids in order. */
export async function walkToResult(page: Page, pick: Pick, limit = 150): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < limit; i++) {
    if (await page.locator('.result').count()) return asked;
    asked.push(await answer(page, pick));
  }
  throw new Error(`no result after ${limit} answers: ${asked.join(', ')}`);
}
