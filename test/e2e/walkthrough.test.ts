// The walkthrough as a project lead uses it, in real headless Chromium against `wrangler dev`.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, isolatedContext, launch, screenshot } from '../support/browser.ts';
import { HIGH_RISK, answer, currentQuestion, policy, walkToResult } from '../support/walk.ts';

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

async function freshPage(path = '/', viewport = { width: 1280, height: 900 }): Promise<Page> {
  ({ context, external } = await isolatedContext(browser, { viewport }));
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  // The question is in the served HTML; these tests drive the app, so they start once it runs.
  await page.locator('#app[data-ready=true] form.question').waitFor();
  return page;
}

/** An internal drafting assistant on Le Chat. */
const MINIMAL = { intro_title: 'Drafting help' };

const percentShown = (page: Page) => page.locator('#progress-bar').evaluate((el) => Number((el as HTMLProgressElement).value));

describe('walkthrough', () => {
  it('takes a project lead to a high-risk result: class, reason and plan of action in the first screen, honest progress on the way', async () => {
    const page = await freshPage('/?lang=en');
    const percents: number[] = [];
    const captions: string[] = [];
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 60 && !(await page.locator('.result').count()); i++) {
      if (await page.locator('#progress-bar').count()) percents.push(await percentShown(page));
      captions.push((await page.locator('.question-number').textContent()) ?? '');
      await answer(page, pick);
    }
    // "Question X of about Y", and a bar that never goes back.
    expect(captions.slice(1).every((c) => /^Question \d+ of about \d+$/.test(c))).toBe(true);
    expect(percents.every((p, i) => i === 0 || p >= percents[i - 1]!)).toBe(true);
    // 19 screens in flow 1.1.0; flow 1.2.0 asks the two FRIA questions this case needs (Art 27(1)(b), Art 13).
    expect(captions.length).toBeLessThanOrEqual(21);

    const result = page.locator('.result');
    await expect.poll(() => result.locator('.risk-class').textContent()).toBe('High-risk AI system');
    expect(await result.locator('.reason').textContent()).toMatch(/^High-risk AI system, because .*Annex III 5\(a\).*profiles people/);
    expect(await result.locator('.plan li').count()).toBeGreaterThanOrEqual(3);
    expect(await result.locator('.plan li').count()).toBeLessThanOrEqual(8);
    expect(await result.locator('.plan li').first().locator('.owner').textContent()).toBeTruthy();
    // Class, reason, plan and downloads fit the first viewport (1280 × 900) once the result shows.
    const top = await page.locator('#result-title').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    for (const sel of ['.risk-class', '.reason', '.plan', '.downloads .formats']) {
      const bottom = await result.locator(sel).first().evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
      expect(bottom - top, sel).toBeLessThanOrEqual(900);
    }
    // Obligations and recommendations apart, each with its badge; sources in the user's language, linked.
    expect(await result.locator('#obligations .duty-obligation').count()).toBeGreaterThan(0);
    expect(await result.locator('#obligations .duty-recommendation').count()).toBe(0);
    expect(await result.locator('#obligations').textContent()).toContain('Obligations of the deployer of a high-risk AI system (Art 26)');
    expect(await result.locator('#obligations a[href*="eur-lex.europa.eu"]').first().getAttribute('href')).toMatch(/#art_\d+/);
    // The FRIA this case requires, as a draft pre-filled from the answers, beside the report downloads.
    const fria = result.locator('.impact-draft a[data-format="fria-pdf"]');
    expect(await result.locator('#fria-draft-title').textContent()).toContain('Fundamental rights impact assessment');
    const friaPdf = await page.evaluate(async (href) => { const r = await fetch(href); return [r.status, (await r.text()).slice(0, 5)]; }, (await fria.getAttribute('href'))!);
    expect(friaPdf).toEqual([200, '%PDF-']);
    expect(external).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'result-high-risk-first-screen-en.png');
    await screenshot(page, 'result-high-risk-en.png', true);
    await context.close();
  });

  it('shows the rule beside the question: the cited provision’s official text in the user’s language', async () => {
    const page = await freshPage('/?lang=de');
    await answer(page, policy(MINIMAL));
    await answer(page, policy(MINIMAL));
    await answer(page, policy(MINIMAL));
    expect((await currentQuestion(page)).id).toBe('def_ai_system');
    const provision = page.locator('form.question .provision').first();
    await provision.locator('summary').click();
    await expect.poll(() => provision.locator('blockquote').textContent()).toContain('„KI-System“ ein maschinengestütztes System');
    expect(await provision.locator('summary').textContent()).toContain('KI-VO Art. 3 Nr. 1');
    await context.close();
  });

  it('goes back one question, and changes an earlier answer keeping the later ones', async () => {
    const page = await freshPage('/?lang=en');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 5; i++) await answer(page, pick);
    const sixth = (await currentQuestion(page)).id;
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(async () => (await currentQuestion(page)).id).not.toBe(sixth);
    const back = (await currentQuestion(page)).id;
    // The taken-back answer is offered again.
    expect(await page.locator(`form.question[data-question="${back}"] input:checked, form.question[data-question="${back}"] input[type=text]`).count()).toBeGreaterThan(0);
    while ((await currentQuestion(page)).id !== 'art6_3_profiling') await answer(page, pick);
    const before = await page.locator('.answers .answer-list li').count();
    // An earlier answer that changes the path: the later answers stay visible, to confirm.
    await page.locator('[data-answer="system_does"] button').click();
    const edit = page.locator('form.question[data-question="system_does"]');
    await edit.locator('input[value="evaluates_people"]').uncheck();
    await edit.locator('input[value="generates_text"]').check();
    await page.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => page.locator('.to-confirm li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-pending="annex3_areas"]').count()).toBe(1);
    // Changing it back brings the kept answers back onto the path, unasked.
    await page.locator('[data-answer="system_does"] button').click();
    await edit.locator('input[value="generates_text"]').uncheck();
    await edit.locator('input[value="evaluates_people"]').check();
    await page.getByRole('button', { name: 'Save answer' }).click();
    await expect.poll(() => page.locator('.answers .answer-list li').count()).toBe(before);
    expect(await page.locator('.to-confirm').count()).toBe(0);
    await context.close();
  });

  it('switches language mid-way without losing answers, tab title included', async () => {
    const page = await freshPage('/?lang=fr');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 4; i++) await answer(page, pick);
    const before = await page.locator('.answers .answer-list li').count();
    await page.selectOption('#lang-select', 'de');
    await expect.poll(() => page.locator('.question-number').textContent()).toMatch(/^Frage \d+ von etwa \d+$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.title()).toBe('Selbstbewertung eines KI-Anwendungsfalls');
    expect(await page.locator('.answers .answer-list li').count()).toBe(before);
    expect(await page.locator('.answers h2').textContent()).toBe(`Ihre Antworten (${before} Antworten)`);
    await page.selectOption('#lang-select', 'en');
    await expect.poll(() => page.locator('.question-number').textContent()).toMatch(/^Question/);
    await context.close();
  });

  it('resumes after a reload where the project lead left off, without moving focus on load', async () => {
    const page = await freshPage('/?lang=en');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 6; i++) await answer(page, pick);
    const where = (await currentQuestion(page)).id;
    await page.reload();
    // The served page shows the first question; the app then brings back this browser's assessment.
    await page.locator(`form.question[data-question="${where}"]`).waitFor();
    expect(await page.locator('.answers .answer-list li').count()).toBe(6);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await context.close();
  });

  it('saves a draft, and loads it back from the JSON file or from the PDF report, in a new browser', async () => {
    const page = await freshPage('/?lang=en');
    await walkToResult(page, policy(HIGH_RISK));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.result-first').getByRole('button', { name: 'Save draft' }).click()]);
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    const file = join(dir, 'draft.json');
    await download.saveAs(file);
    const draft = JSON.parse(readFileSync(file, 'utf8'));
    expect(draft.format).toBe('ai-use-case-assessment-draft');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="pdf"]').first().click()]);
    const pdfFile = join(dir, 'report.pdf');
    await pdf.saveAs(pdfFile);
    await context.close();

    // Another browser; the draft also carries an answer a newer questionnaire no longer has.
    const fresh = await freshPage('/?lang=en');
    draft.answers.question_removed_later = 'yes';
    writeFileSync(file, JSON.stringify(draft));
    await fresh.locator('#draft-file').setInputFiles(file);
    await fresh.locator('.result').waitFor();
    expect(await fresh.locator('.notice[role=status]').textContent()).toContain('question_removed_later');
    await context.close();

    const fromPdf = await freshPage('/?lang=en');
    await fromPdf.locator('#draft-file').setInputFiles(pdfFile);
    await fromPdf.locator('.result').waitFor();
    expect(await fromPdf.locator('.risk-class').textContent()).toBe('High-risk AI system');
    await context.close();
  });

  it('downloads a PDF whose text reads clean', async () => {
    const page = await freshPage('/?lang=fr');
    await walkToResult(page, policy(HIGH_RISK));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="pdf"]').first().click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'report.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Allocation eligibility assistant');
    expect(text).toContain("Système d'IA à haut risque");
    expect(text).toContain('Plan d’action');
    expect(text).not.toMatch(/applicable à partir du\s*:\s*applicable à partir du/i);
    // The answers ride along as an attached file.
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain('assessment.json');
    await context.close();
  });

  it('opens a read-only view through the share link, whose four downloads all work', async () => {
    const page = await freshPage('/?lang=en');
    await walkToResult(page, policy(MINIMAL));
    const link = await page.locator('#share-link').inputValue();
    const viewer = await context.newPage();
    await viewer.goto(link);
    await viewer.locator('.result').waitFor();
    expect(await viewer.locator('form.question').count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /^Change/ }).count()).toBe(0);
    const types = { pdf: 'application/pdf', html: 'text/html', md: 'text/markdown', json: 'application/json' };
    for (const [ext, type] of Object.entries(types)) {
      const href = await viewer.locator(`a[data-format="${ext}"]`).getAttribute('href');
      const res = await viewer.request.get(new URL(href!, link).href);
      expect([ext, res.status()]).toEqual([ext, 200]);
      expect(res.headers()['content-type']).toContain(type);
    }
    await context.close();
  });

  it('starting a new assessment offers the edit link first, and that link resumes the old one elsewhere', async () => {
    const page = await freshPage('/?lang=en');
    const pick = policy(HIGH_RISK);
    for (let i = 0; i < 4; i++) await answer(page, pick);
    const where = (await currentQuestion(page)).id;
    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.locator('dialog.confirm');
    await dialog.waitFor();
    const edit = await dialog.locator('#edit-link-dialog').inputValue();
    expect(edit).toMatch(/\/#edit=[0-9a-f]{32}\./);
    await dialog.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.locator('.start').waitFor();
    await context.close();

    ({ context } = await isolatedContext(browser));
    const other = await context.newPage();
    await other.goto(edit);
    await expect.poll(async () => (await currentQuestion(other)).id).toBe(where);
    expect(other.url()).not.toContain('#edit=');
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
    for (let i = 0; i < 60 && !(await page.locator('.result').count()); i++) {
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
      await form.locator('button[type=submit][value=answer]').focus();
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
    await walkToResult(page, policy(HIGH_RISK));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'result-320px-de.png', true);
    await context.close();
  });
});

describe('the start page', () => {
  it('says what the assessment gives, how long it takes, who runs it and how long answers are kept', async () => {
    const page = await freshPage('/?lang=en');
    const text = (await page.locator('.start').textContent())!;
    expect(text).toContain('Usually 12 to 23 questions');
    expect(text).toMatch(/deleted \d+ days after your last change/);
    expect(text).toContain('A service of');
    expect(text).toContain('read-only link');
    expect(await page.locator('#draft-file').getAttribute('accept')).toContain('pdf');
    await context.close();
  });
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const lang of ['fr', 'de', 'en'] as const) {
    it(`has no violation on the first question, a question with help and the rule open, and the result page in ${lang}`, async () => {
      const page = await freshPage(`/?lang=${lang}`);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `first-question-${lang}.png`);
      const pick = policy(HIGH_RISK);
      for (let i = 0; i < 3; i++) await answer(page, pick);
      await page.locator('.question-tools button').click();
      await page.locator('.help:not([hidden])').waitFor();
      await page.locator('form.question .provision summary').first().click();
      await page.locator('form.question .provision blockquote').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `question-help-${lang}.png`);
      await walkToResult(page, pick);
      for (const s of await page.locator('.result-section > summary').all()) await s.click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    it(`has an accessibility statement in ${lang}, linked from the page, with no violation`, async () => {
      const page = await freshPage(`/?lang=${lang}`);
      const href = await page.locator('.app-footer a').first().getAttribute('href');
      expect(href).toBe(`/accessibility/${lang}.html`);
      await page.goto(`${base}${href}`);
      const text = (await page.locator('main').textContent())!;
      expect(text).toMatch(/RAWeb 1\.1/);
      expect(text).toMatch(/ombudsman\.lu/);
      expect(text).toMatch(/info@digital\.etat\.lu/);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('has no violation on the API reference and the guidelines page', async () => {
    ({ context } = await isolatedContext(browser));
    const page = await context.newPage();
    await page.goto(`${base}/api/docs`);
    await page.locator('#ops section').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${base}/law/guidelines.html#section-4-transparence`);
    expect(await page.locator('#section-4-transparence h3').textContent()).toBe('Transparence');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
