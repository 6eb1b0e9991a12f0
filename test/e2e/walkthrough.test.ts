// The walkthrough as a project lead uses it, in real headless Chromium against `wrangler dev`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, isolatedContext, launch, screenshot } from '../support/browser.ts';
import { answer, currentQuestion, policy, walkToResult } from '../support/walk.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let external: string[];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function freshPage(path = '/', viewport = { width: 1000, height: 900 }): Promise<Page> {
  ({ context, external } = await isolatedContext(browser, { viewport }));
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  await page.locator('form.question').waitFor();
  return page;
}

/** A benefits-eligibility assistant of a ministry: Annex III 5(a), no derogation. */
const HIGH_RISK = {
  intro_title: 'Allocation eligibility assistant',
  gpai_deployer_only: 'no',
  role_deployer: 'yes',
  screen_people: 'yes',
  annex3_areas: ['essential_services'],
  annex3_5_a_public_benefits: 'yes',
  art6_3_profiling: 'yes',
  gdpr_personal_data: 'yes',
  gdpr_6_1_e_public_task: 'yes',
};
/** An internal drafting assistant on Le Chat, with public information only. */
const MINIMAL = { intro_title: 'Drafting help', role_deployer: 'yes' };

describe('walkthrough', () => {
  it('takes a project lead to a high-risk result with its basis, duties and dates', async () => {
    const page = await freshPage('/?lang=en');
    const asked = await walkToResult(page, policy(HIGH_RISK));
    expect(asked).toContain('annex3_5_a_public_benefits');
    expect(asked.filter((id) => id.startsWith('annex3_6_'))).toEqual([]);
    const result = page.locator('.result');
    await expect.poll(() => result.locator('.risk-class').textContent()).toBe('High-risk AI system');
    expect(await result.textContent()).toContain('AI Act Annex III 5(a)');
    expect(await result.textContent()).toContain('Obligations of the deployer of a high-risk AI system (Art 26)');
    expect(await result.locator('.badge').first().textContent()).toMatch(/applies from/);
    expect(await result.textContent()).toContain('Law as of 28 November 2026');
    expect(external).toEqual([]);
    await screenshot(page, 'result-high-risk-en.png', true);
    await context.close();
  });

  it('takes a project lead to a minimal-risk or transparency result with allowed services', async () => {
    const page = await freshPage('/?lang=fr');
    await walkToResult(page, policy(MINIMAL));
    const text = (await page.locator('.result').textContent())!;
    expect(['Risque minimal', 'Obligations de transparence']).toContain(await page.locator('.risk-class').textContent());
    expect(text).toContain('Vous pouvez utiliser');
    await context.close();
  });

  it('goes back one question and changes an earlier answer, walking the path again', async () => {
    const page = await freshPage('/?lang=en');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 5; i++) await answer(page, pick);
    const fifth = (await currentQuestion(page)).id;
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(async () => (await currentQuestion(page)).id).not.toBe(fifth);
    const back = (await currentQuestion(page)).id;
    // The taken-back answer is offered again.
    expect(await page.locator(`form.question[data-question="${back}"] input:checked, form.question[data-question="${back}"] input[type=text]`).count()).toBeGreaterThan(0);
    await answer(page, pick);
    // Change the title through the answers list.
    await page.getByRole('button', { name: /Change: What is the name/ }).click();
    await page.locator('form.question[data-question="intro_title"] input').fill('Renamed project');
    await page.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => page.locator('.answers').textContent()).toContain('Renamed project');
    await context.close();
  });

  it('switches language mid-way without losing answers', async () => {
    const page = await freshPage('/?lang=fr');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 4; i++) await answer(page, pick);
    const before = await page.locator('.answers li').count();
    await page.selectOption('#lang-select', 'de');
    await expect.poll(() => page.locator('.question-number').textContent()).toMatch(/^Frage/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('.answers li').count()).toBe(before);
    expect(await page.locator('.answers h2').textContent()).toBe('Ihre Antworten');
    await page.selectOption('#lang-select', 'en');
    await expect.poll(() => page.locator('.question-number').textContent()).toMatch(/^Question/);
    await context.close();
  });

  it('resumes after a reload where the project lead left off', async () => {
    const page = await freshPage('/?lang=en');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 6; i++) await answer(page, pick);
    const where = (await currentQuestion(page)).id;
    await page.reload();
    expect((await currentQuestion(page)).id).toBe(where);
    expect(await page.locator('.answers li').count()).toBe(6);
    await context.close();
  });

  it('saves a draft to a file and loads it back in a new browser', async () => {
    const page = await freshPage('/?lang=en');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 7; i++) await answer(page, pick);
    const where = (await currentQuestion(page)).id;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Save draft/ }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'draft-')), 'draft.json');
    await download.saveAs(file);
    const draft = JSON.parse(readFileSync(file, 'utf8'));
    expect(draft.format).toBe('ai-use-case-assessment-draft');
    expect(Object.keys(draft.answers)).toHaveLength(7);
    await context.close();

    // Another browser; the draft also carries an answer a newer questionnaire no longer has.
    const fresh = await freshPage('/?lang=en');
    draft.answers.question_removed_later = 'yes';
    writeFileSync(file, JSON.stringify(draft));
    await fresh.locator('#draft-file').setInputFiles(file);
    await expect.poll(async () => (await currentQuestion(fresh)).id).toBe(where);
    expect(await fresh.locator('.notice').textContent()).toContain('question_removed_later');
    await context.close();
  });

  it('downloads a PDF holding the result', async () => {
    const page = await freshPage('/?lang=en');
    await walkToResult(page, policy(HIGH_RISK));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'report.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Allocation eligibility assistant');
    expect(text).toContain('High-risk AI system');
    expect(text).toContain('AI Act Annex III 5(a)');
    await context.close();
  });

  it('opens a read-only view through the share link', async () => {
    const page = await freshPage('/?lang=en');
    await walkToResult(page, policy(MINIMAL));
    const link = await page.locator('#share-link').inputValue();
    const viewer = await context.newPage();
    await viewer.goto(link);
    await viewer.locator('.result').waitFor();
    expect(await viewer.locator('form.question').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /^Change/ }).count()).toBe(0);
    await context.close();
  });

  it('can be completed with the keyboard alone', async () => {
    const page = await freshPage('/?lang=en');
    // Records, as each new question or the result is inserted, where focus is once that update is done.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { focusOnAppear: string[] }).focusOnAppear = seen;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof HTMLElement)) continue;
            const target = n.matches('form.question, .result') ? n : n.querySelector('form.question, .result');
            if (!target) continue;
            const heading = target.querySelector('h2');
            seen.push(document.activeElement === heading ? 'heading' : `${document.activeElement?.tagName} on ${target.getAttribute('data-question') ?? 'result'}`);
          }
      }).observe(document.body, { childList: true, subtree: true });
    });
    const pick = policy(MINIMAL);
    for (let i = 0; i < 200 && !(await page.locator('.result').count()); i++) {
      const q = await currentQuestion(page);
      const value = pick(q);
      const form = page.locator(`form.question[data-question="${q.id}"]`);
      if (q.kind === 'text') {
        await form.locator('input[type=text], textarea').focus();
        await page.keyboard.type(String(value));
      } else {
        for (const v of Array.isArray(value) ? value : [value]) {
          await form.locator(`input[value="${v}"]`).focus();
          await page.keyboard.press('Space');
        }
      }
      await form.locator('button[type=submit]').focus();
      await page.keyboard.press('Enter');
      // Focus moves to the new question's heading (or the result's) so that the next Tab starts there:
      // wait for exactly that focus instead of sampling it once the old question is gone.
      await page.waitForFunction((id) => {
        const a = document.activeElement;
        if (a?.tagName !== 'H2') return false;
        return a.id === 'result-title' || a.closest('form.question')?.getAttribute('data-question') !== id;
      }, q.id);
    }
    expect(await page.locator('.result').count()).toBe(1);
    // The heading had focus in the very update that showed it: never a moment on <body>.
    expect(await page.evaluate(() => (window as unknown as { focusOnAppear: string[] }).focusOnAppear.filter((f) => f !== 'heading'))).toEqual([]);
    await context.close();
  });

  it('stays usable at 320 px wide', async () => {
    const page = await freshPage('/?lang=de', { width: 320, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await answer(page, policy(MINIMAL));
    await screenshot(page, 'question-320px-de.png', true);
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const lang of ['fr', 'de', 'en'] as const) {
    it(`has no violation on the first question, a question with help open and the result page in ${lang}`, async () => {
      const page = await freshPage(`/?lang=${lang}`);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `first-question-${lang}.png`);
      const pick = policy(MINIMAL);
      for (let i = 0; i < 4; i++) await answer(page, pick);
      await page.locator('.question-tools button').click();
      await page.locator('.help:not([hidden])').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `question-help-${lang}.png`);
      await walkToResult(page, pick);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `result-${lang}.png`, true);
      await context.close();
    });
  }
});
