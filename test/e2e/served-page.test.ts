// The page as the server sends it: the first question is in the HTML in each language, visible with
// no API call before it; the page is answered and submitted before its script has loaded, and with
// JavaScript turned off it goes from the first question to the result by plain form posts.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Route } from 'playwright-core';
import { isolatedContext, launch } from '../support/browser.ts';
import { answer, currentQuestion, policy, walkToResult } from '../support/walk.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const FIRST = { fr: 'Quel est le nom de votre projet', de: 'Wie heißt Ihr Vorhaben', en: 'What is the name of your project' };

describe('the served page', () => {
  it('holds the first question in its HTML, for /, each language and /embed', async () => {
    for (const [path, lang] of [['/', 'fr'], ['/?lang=de', 'de'], ['/?lang=en', 'en'], ['/embed?lang=en', 'en'], ['/embed', 'fr']] as const) {
      const res = await fetch(`${base}${path}`);
      const html = await res.text();
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html, path).toMatch(new RegExp(`<form class="question" method="post" data-question="intro_title"[^>]*>.*${FIRST[lang]}`, 's'));
      if (path.startsWith('/embed')) expect(html).toContain('class="embedded"');
    }
  });

  it('paints styled before its script runs: the stylesheet is in the page, allowed by its hash in the CSP', async () => {
    const { context } = await isolatedContext(browser);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => ((window as unknown as { violations: string[] }).violations ??= []).push(e.violatedDirective));
    });
    const page = await context.newPage();
    const styles: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'stylesheet') styles.push(r.url());
    });
    const held: Route[] = [];
    await page.route('**/assets/*.js', (route) => void held.push(route));
    for (const path of ['/?lang=en', '/embed?lang=de']) {
      const res = await page.goto(`${base}${path}`, { waitUntil: 'commit' });
      expect(res!.headers()['content-security-policy'], path).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]{43}='/);
      await page.locator('form.question h2').waitFor();
      expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).display), path).toBe('flex');
      expect(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []), path).toEqual([]);
    }
    expect(styles).toEqual([]);
    await context.close();
  });

  it('shows the first question with no API call before it, and the app takes it over without one', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) calls.push(r.url());
    });
    await page.goto(`${base}/?lang=de`);
    await page.locator('#app[data-ready=true]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('form.question h2').textContent()).toMatch(/Wie heißt Ihr Vorhaben/);
    expect(calls).toEqual([]);
    // The hydrated form is the app's: answering it is an API call, not a page load.
    await answer(page, policy({ intro_title: 'Hydrated' }));
    expect(calls.some((u) => u.includes('/api/v1/assessments'))).toBe(true);
    await context.close();
  });

  it('is answered and submitted before its script has loaded, and the app then carries on with the same assessment', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    // The app's script is held back until the first answer is in.
    const held: Route[] = [];
    await page.route('**/assets/*.js', (route) => void held.push(route));
    await page.goto(`${base}/?lang=en`, { waitUntil: 'commit' });
    await page.locator('form.question[data-question="intro_title"] input[type=text]').fill('Sent before the script');
    await page.locator('button[type=submit][value=answer]').click();
    // The server stored the answer and sent the next question.
    await page.locator('form.question[data-question="intro_organisation"]').waitFor();
    expect(await page.locator('#app[data-ready]').count()).toBe(0);
    // Now the script loads on that page: the app takes over the assessment the form created.
    await page.unroute('**/assets/*.js');
    for (const route of held) await route.continue().catch(() => undefined); // the first page's request is gone with it
    await page.locator('#app[data-ready=true] form.question[data-question="intro_organisation"]').waitFor();
    await answer(page, policy({ intro_organisation: 'Ministry' }));
    expect((await currentQuestion(page)).id).toBe('intro_description');
    // A reload reads the assessment again (no form sent twice): the answers before and after the script are in it.
    await page.reload();
    await page.locator('#app[data-ready=true] form.question[data-question="intro_description"]').waitFor();
    const text = await page.locator('.answers').textContent();
    expect(text).toContain('Sent before the script');
    expect(text).toContain('Ministry');
    await context.close();
  });

  it('goes from the first question to the result with JavaScript turned off, back included', async () => {
    const { context } = await isolatedContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/?lang=en`);
    const pick = policy({ intro_title: 'Without JavaScript', system_does: ['generates_text', 'interacts'], content_use: ['citizen_documents'] });
    await answer(page, pick);
    await answer(page, pick);
    // Back is a submit of its own: it takes back the last answer.
    await page.locator('button[type=submit][value=back]').click();
    await page.locator('form.question[data-question="intro_organisation"]').waitFor();
    // A refused answer comes back with its reason, the answers kept.
    await page.locator('form.question input[type=text]').fill('');
    await page.locator('button[type=submit][value=answer]').click();
    expect(await page.locator('[role=alert]').textContent()).toMatch(/required/i);
    await walkToResult(page, pick);
    expect(await page.locator('.result h2').first().isVisible()).toBe(true);
    expect(await page.locator('.result').textContent()).toMatch(/transparency/i);
    await context.close();
  });
});
