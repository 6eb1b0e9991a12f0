// The workspace in the browser, signed in with the local demo users of wrangler.toml: a project lead
// starts an assessment, answers it and submits it; a reviewer comments beside a question and approves;
// the lead sees the approval and the comment. Driven with the keyboard alone where a person would act;
// axe on every workspace page in the three languages.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, isolatedContext, launch, screenshot } from '../support/browser.ts';
import { HIGH_RISK, policy, walkToResult } from '../support/walk.ts';

const base = inject('baseUrl');
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser.close();
});

async function newPage(): Promise<Page> {
  const { context } = await isolatedContext(browser, { viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

/** Presses Tab until the element `selector` (a Playwright selector) has focus; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 60): Promise<void> {
  const target = page.locator(selector).first();
  await target.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`focus never reached ${selector}`);
}

/** Signs in from the workspace's sign-in page with the keyboard only, as the demo user named `name`. */
async function signInWithKeyboard(page: Page, name: string, lang = 'en'): Promise<void> {
  // From the public questionnaire's footer to the workspace's sign-in page.
  await page.goto(`${base}/?lang=${lang}`);
  await page.locator('#app[data-ready=true] form.question').waitFor();
  await tabTo(page, 'footer a[href^="/workspace"]');
  await page.keyboard.press('Enter');
  await page.locator('#app[data-ready=true] a[href^="/auth/sign-in"]').waitFor();
  await tabTo(page, 'a[href^="/auth/sign-in"]');
  await page.keyboard.press('Enter');
  await page.locator('.local').waitFor(); // the local sign-in page says what it is
  await tabTo(page, `button[name=user]:has-text("${name}")`);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/workspace**`);
  await page.locator('#app[data-ready=true] .session-bar').waitFor();
}

const CASE = { ...HIGH_RISK, intro_title: 'Benefit claims triage' };

describe('workspace', () => {
  let id = '';

  it('a project lead signs in, starts an assessment, answers it and submits it for review, with the keyboard', async () => {
    const page = await newPage();
    await signInWithKeyboard(page, 'Léa Schmit');
    expect(await page.locator('.session-bar').textContent()).toContain('Léa Schmit, project lead — Ministère de démonstration');
    await tabTo(page, 'button.primary:text("New assessment")');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/workspace\/a\/[0-9a-f]{32}\/answers$/);
    id = /\/a\/([0-9a-f]{32})\//.exec(page.url())![1]!;
    await page.locator('#app[data-ready=true] form.question').waitFor();
    // The questionnaire itself (its keyboard use is tested in walkthrough.test.ts), with the session.
    await walkToResult(page, policy(CASE));
    expect(await page.locator('.edit-link').count()).toBe(0); // no edit link: the workspace is the access
    await tabTo(page, `a[href="/workspace/a/${id}"]`, 150);
    await page.keyboard.press('Enter');
    await page.locator('#review-title').waitFor();
    expect(await page.locator('.not-approved').textContent()).toBe('Not approved.');
    await tabTo(page, 'button.primary:text("Submit for review")');
    await page.keyboard.press('Enter');
    await page.locator('#review-title:text("Review: in review")').waitFor();
    // Its own author cannot approve it: the page offers no such action.
    expect(await page.locator('button[value=approve]').count()).toBe(0);
  });

  it('a reviewer finds it in the queue, comments beside a question and approves; the lead sees both', async () => {
    const page = await newPage();
    await signInWithKeyboard(page, 'Marc Weber');
    await tabTo(page, 'a[href="/workspace/review"]');
    await page.keyboard.press('Enter');
    await page.locator(`#app[data-ready=true] a[href="/workspace/a/${id}"]`).waitFor();
    await tabTo(page, `a[href="/workspace/a/${id}"]`, 150);
    await page.keyboard.press('Enter');
    await page.locator('#review-title:text("Review: in review")').waitFor();
    // A comment beside the question on the data, typed and sent with the keyboard.
    await tabTo(page, '#q-data_kinds summary');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('comment-data_kinds');
    await page.keyboard.type('Which personal data exactly?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#q-data_kinds .comment:has-text("Which personal data exactly?"), [role=alert]').first().waitFor();
    expect(await page.locator('[role=alert]').count(), (await page.locator('[role=alert]').allTextContents()).join()).toBe(0);
    await tabTo(page, 'button[value=approve]');
    await page.keyboard.press('Enter');
    await page.locator('#review-title:text("Review: approved")').waitFor();
    expect(await page.locator('.approved').textContent()).toMatch(/^Approved by Marc Weber \(reviewer \(DPO, legal service\)\) on \d/);

    const lead = await newPage();
    await signInWithKeyboard(lead, 'Léa Schmit');
    const row = lead.locator('table.portfolio tr', { has: lead.locator(`a[href="/workspace/a/${id}"]`) });
    expect(await row.locator('td').nth(2).textContent()).toBe('approved');
    await lead.goto(`${base}/workspace/a/${id}`);
    await lead.locator('#app[data-ready=true] #q-data_kinds .comment:has-text("Which personal data exactly?")').waitFor();
    const md = await lead.evaluate(async (u) => (await fetch(u)).text(), `/api/v1/assessments/${id}/report.md?lang=en`);
    expect(md).toContain('Approved by Marc Weber');
    // In the questionnaire, changing that answer shows the reviewer's open comment beside the question.
    await lead.goto(`${base}/workspace/a/${id}/answers`);
    await lead.locator('#app[data-ready=true] .result').waitFor();
    const answer = lead.locator('li[data-answer="data_kinds"]:visible button');
    if (!(await answer.count())) await lead.locator('details:has(li[data-answer="data_kinds"]) > summary').last().click();
    await answer.first().click();
    await lead.locator('.review-comments .comment:has-text("Which personal data exactly?")').waitFor();
    expect(await axeViolations(lead)).toEqual([]);
  });

  it('a register editor previews what becomes public, withholds a field, publishes; the public reads it without JavaScript', async () => {
    const page = await newPage();
    await signInWithKeyboard(page, 'Sofia Reis');
    await page.goto(`${base}/workspace/a/${id}`);
    // The register section once the page and its publication are read (or the reason it could not be).
    await page.locator('#app[data-ready=true] #register-title ~ p, #app[data-ready=true] [role=alert]').first().waitFor();
    expect(await page.locator('[role=alert]').count(), (await page.locator('[role=alert]').allTextContents()).join()).toBe(0);
    expect(await page.locator('#register-title ~ p').first().textContent()).toBe('This assessment is not published in the register.');
    await page.locator('#pub-contact').fill('ia@demo.etat.lu');
    await page.locator('#pub-themes').fill('Social security, Housing');
    await page.locator('#pub-status').selectOption('in_use');
    await page.locator('#pub-text-purpose_and_impact').fill('Faster, fairer decisions on benefit claims.');
    await page.locator('#pub-text-considerations').fill('Officers decide; the system only sorts the claims.');
    await page.locator('#pub-text-supplier').fill('Intern ontwikkeld');
    await page.locator('button:text("Preview")').click();
    await page.locator('.publication-preview table').waitFor();
    expect(await page.locator('.publication-preview [role=alert]').count(), (await page.locator('.publication-preview [role=alert]').allTextContents()).join()).toBe(0);
    // Every text a person wrote is flagged for a look before it goes public.
    const description = page.locator('.preview-table tr', { has: page.locator('th:has-text("Short description")') });
    expect(await description.textContent()).toContain('Free text written by a person');
    await description.locator('input[type=checkbox]').check();
    await description.locator('input[type=text]').fill('Under review by the legal service');
    await page.locator('button:text("Preview")').click();
    await page.locator('.preview-table td:has-text("Not published: Under review by the legal service")').waitFor();
    expect(await axeViolations(page), 'publication preview').toEqual([]);
    await page.locator('button.primary:text("Publish")').click();
    await page.locator('#register-title ~ p:has-text("Published in the register: version 1")').waitFor();
    const href = await page.locator('a:text("See the public entry")').getAttribute('href');
    expect(href).toMatch(/^\/register\/[0-9a-f]{20}\?lang=en$/);

    // The public, with JavaScript off: the list's search form and the entry page work as plain HTML.
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const reader = await context.newPage();
    await reader.goto(`${base}/register?lang=en`);
    await reader.locator('#q').fill('triage');
    await reader.locator('#q').press('Enter');
    await reader.waitForURL(/\/register\?lang=en&q=triage/);
    await reader.locator('a:text("Benefit claims triage")').click();
    await reader.waitForURL((u) => u.pathname === href!.split('?')[0]);
    expect(await reader.locator('h1').textContent()).toBe('Benefit claims triage');
    expect(await reader.locator('dd:has-text("Not published: Under review by the legal service")').count()).toBe(1);
    expect(await reader.locator('a[href="/accessibility/en.html"]').count()).toBe(1);
    await screenshot(reader, 'register-entry-en.png', true);
    for (const lang of ['fr', 'de', 'en'] as const) {
      const p = await newPage();
      for (const path of [`/register?lang=${lang}`, `${href!.replace('lang=en', `lang=${lang}`)}`]) {
        await p.goto(`${base}${path}`);
        expect(await p.getAttribute('html', 'lang')).toBe(lang);
        expect(await axeViolations(p), `${path}`).toEqual([]);
      }
    }
  });

  it('lets an admin see the members and change a role with the keyboard', async () => {
    const page = await newPage();
    await signInWithKeyboard(page, 'Jean Muller');
    await tabTo(page, 'a[href="/workspace/members"]');
    await page.keyboard.press('Enter');
    await page.locator('#app[data-ready=true] #members-caption').waitFor();
    // Léa joined when she signed in: from project lead to reviewer with the arrow key, then back.
    await tabTo(page, '#role-lea\\.project');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('.notice:text("Saved.")').waitFor();
    expect(await page.locator('#role-lea\\.project').inputValue()).toBe('reviewer');
    const members = (await page.evaluate(async () => (await fetch('/api/v1/workspace/members')).json())) as { members: { userId: string; role: string; source: string }[] };
    expect(members.members.find((m) => m.userId === 'lea.project')).toMatchObject({ role: 'reviewer', source: 'admin' });
    await page.locator('#role-lea\\.project').selectOption('project_lead');
    await page.locator('#role-lea\\.project').locator('xpath=..').locator('button[type=submit]').click();
    await page.locator('.notice:text("Saved.")').waitFor();
  });

  for (const lang of ['fr', 'de', 'en'] as const) {
    it(`has no axe violation on the sign-in pages, the portfolio, the queue, members and an assessment, in ${lang}`, async () => {
      const page = await newPage();
      await page.goto(`${base}/workspace?lang=${lang}`);
      await page.locator('#app[data-ready=true] a[href^="/auth/sign-in"]').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await axeViolations(page), `sign-in ${lang}`).toEqual([]);
      await page.locator('a[href^="/auth/sign-in"]').click();
      await page.locator('.local').waitFor();
      expect(await axeViolations(page), `local sign-in ${lang}`).toEqual([]);
      await page.locator('button[name=user]', { hasText: 'Marc Weber' }).click();
      await page.locator('#app[data-ready=true] table.portfolio').waitFor();
      expect(await axeViolations(page), `portfolio ${lang}`).toEqual([]);
      for (const [path, ready] of [
        ['/workspace/review', 'h2'],
        ['/workspace/members', '#members-caption'],
        [`/workspace/a/${id}`, '#review-title'],
      ] as const) {
        await page.goto(`${base}${path}`);
        await page.locator(`#app[data-ready=true] ${ready}`).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), `${path} ${lang}`).toEqual([]);
      }
    });
  }
});
