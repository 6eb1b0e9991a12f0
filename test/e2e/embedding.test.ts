// The widget on an intranet page with hostile CSS, and the iframe embed posting its result.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, isolatedContext, launch, screenshot } from '../support/browser.ts';
import { policy, walkToResult } from '../support/walk.ts';

const hostUrl = inject('hostUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('<ai-act-assessment> widget', () => {
  it('renders in its shadow root, untouched by the host page’s CSS, in the page’s language, adding no global', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    // The same host page without widget.js: its window keys are the baseline.
    await page.goto(`${hostUrl}/widget-bare`);
    const bare = await page.evaluate(() => Object.keys(window));
    await page.goto(`${hostUrl}/widget`);
    await page.locator('form.question').waitFor();
    const style = await page.locator('form.question button[type=submit]').evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, font: s.fontFamily, bg: s.backgroundColor };
    });
    expect(style.display).not.toBe('none');
    expect(style.font).not.toContain('Comic Sans');
    expect(style.bg).toBe('rgb(11, 110, 79)'); // themed through --aia-accent on the element
    expect(await page.locator('.question-number').textContent()).toBe('Frage 1'); // <html lang="de">
    // The widget's styles do not leak out: the host's heading keeps the host's rules.
    expect(await page.locator('#host-title').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const added = await page.evaluate((before) => Object.keys(window).filter((k) => !before.includes(k)), bare);
    expect(added).toEqual([]);
    expect(await page.evaluate(() => Boolean(customElements.get('ai-act-assessment')))).toBe(true);
    await context.close();
  });

  it('dispatches assessment-complete with the full result', async () => {
    const { context, external } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}/widget`);
    await walkToResult(page, policy({ intro_title: 'Widget test', role_deployer: 'yes' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { completed: unknown[] }).completed.length)).toBe(1);
    const detail = await page.evaluate(() => (window as unknown as { completed: { riskClass: string; duties: unknown[] }[] }).completed[0]);
    expect(["minimal_risk", "limited_risk"]).toContain(detail!.riskClass);
    expect(detail!.duties.length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'widget-on-host-page.png', true);
    await context.close();
  });
});

describe('iframe embed', () => {
  it('posts the result to the configured parent origin only', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}/iframe`);
    const frame = page.frameLocator('#frame');
    await frame.locator('form.question').waitFor();
    const inner = page.frames().find((f) => f.url().includes('/embed'))!;
    await walkToResult(inner as never, policy({ intro_title: 'Iframe test', role_deployer: 'yes' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { messages: unknown[] }).messages.length)).toBe(1);
    const msg = await page.evaluate(() => (window as unknown as { messages: { origin: string; data: { type: string; detail: { riskClass: string } } }[] }).messages[0]);
    expect(msg!.data.type).toBe('assessment-complete');
    expect(msg!.data.detail.riskClass).toBeTruthy();
    await context.close();
  });
});
