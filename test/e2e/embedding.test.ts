// The widget and the iframe embed on intranet pages: hostile CSS, a small root font size, a focused
// field on a tall page, a host origin the service does not allow, and the iframe sizing itself.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, isolatedContext, launch, screenshot } from '../support/browser.ts';
import { answer, policy, walkToResult } from '../support/walk.ts';

const hostUrl = inject('hostUrl');
const deniedUrl = inject('deniedUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The rendered size of the widget's first question text, in CSS pixels. */
const questionSize = (page: Page) => page.locator('form.question .question-text').evaluate((el) => ({ font: getComputedStyle(el).fontSize, width: Math.round(el.getBoundingClientRect().width) }));

describe('<ai-act-assessment> widget', () => {
  it('renders in its shadow root, untouched by the host page’s CSS, in the page’s language, adding no global', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    // The same host page without widget.js: its window keys are the baseline.
    await page.goto(`${hostUrl}/widget-bare`);
    const bare = await page.evaluate(() => Object.keys(window));
    await page.goto(`${hostUrl}/widget`);
    await page.locator('form.question').waitFor();
    const style = await page.locator('form.question button[type=submit][value=answer]').evaluate((el) => {
      const s = getComputedStyle(el);
      return { display: s.display, font: s.fontFamily, bg: s.backgroundColor };
    });
    expect(style.display).not.toBe('none');
    expect(style.font).not.toContain('Comic Sans');
    expect(style.bg).toBe('rgb(11, 110, 79)'); // themed through --aia-accent on the element
    expect(await page.locator('.question-number').textContent()).toBe('Erste Frage'); // <html lang="de">
    // The widget's styles do not leak out: the host's heading keeps the host's rules.
    expect(await page.locator('#host-title').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    const added = await page.evaluate((before) => Object.keys(window).filter((k) => !before.includes(k)), bare);
    expect(added).toEqual([]);
    expect(await page.evaluate(() => Boolean(customElements.get('ai-act-assessment')))).toBe(true);
    await context.close();
  });

  it('keeps its own size on a host whose root font size is 62.5 %', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/widget-plain`);
    await page.locator('form.question').waitFor();
    const normal = await questionSize(page);
    await page.goto(`${hostUrl}/widget-plain?root=62.5%25`);
    await page.locator('form.question').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
    expect(await questionSize(page)).toEqual(normal);
    await context.close();
  });

  it('takes neither focus nor scroll from the host page on load, on a fresh start or a resumed assessment', async () => {
    const { context } = await isolatedContext(browser, { viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}/widget-plain?spacer=2000`);
    await page.locator('form.question').waitFor();
    await page.locator('.start').waitFor();
    const still = () => page.evaluate(() => ({ focus: document.activeElement?.id, y: window.scrollY }));
    expect(await still()).toEqual({ focus: 'host-input', y: 0 });
    // Answer one question (the user acts: focus may follow inside the widget), then come back later.
    await answer(page, policy({ intro_title: 'Resumed on the intranet' }));
    await page.reload();
    await page.locator('form.question[data-question="intro_organisation"]').waitFor();
    expect(await still()).toEqual({ focus: 'host-input', y: 0 });
    await context.close();
  });

  it('moves focus to the content with its skip link, inside the shadow root', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}/widget-plain`);
    await page.locator('form.question').waitFor();
    await page.locator('.skip-link').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.querySelector('ai-act-assessment')!.shadowRoot!.activeElement?.id)).toBe('main-content');
    expect(await page.evaluate(() => location.hash)).toBe('');
    await context.close();
  });

  it('shows the cited provision’s text from the service’s origin, on an allowed host page', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}/widget-plain`);
    for (let i = 0; i < 3; i++) await answer(page, policy({}));
    const provision = page.locator('form.question[data-question="def_ai_system"] .provision').first();
    await provision.locator('summary').click();
    await expect.poll(() => provision.locator('blockquote').textContent()).toContain('‘AI system’ means a machine-based system');
    await context.close();
  });

  it('dispatches assessment-complete with the full result, plan of action included', async () => {
    const { context, external } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}/widget`);
    await walkToResult(page, policy({ intro_title: 'Widget test' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { completed: unknown[] }).completed.length)).toBe(1);
    const detail = await page.evaluate(() => (window as unknown as { completed: { riskClass: string; duties: unknown[]; actions: unknown[] }[] }).completed[0]);
    expect(['minimal_risk', 'limited_risk']).toContain(detail!.riskClass);
    expect(detail!.duties.length).toBeGreaterThan(0);
    expect(detail!.actions.length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'widget-on-host-page.png', true);
    await context.close();
  });

  it('on a host origin the service does not allow, says so in words a web team can act on, and never that answers are saved', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${deniedUrl}/widget-plain`);
    const alert = page.locator('.error[role=alert]');
    await alert.waitFor();
    const text = (await alert.textContent())!;
    expect(text).toContain(deniedUrl);
    expect(text).toContain('ALLOWED_ORIGINS');
    expect(text).toContain('no answer is saved');
    expect(await page.locator('form.question').count()).toBe(0);
    await context.close();
  });
});

describe('iframe embed', () => {
  it('posts its height and its result to the configured parent origin only, never scrolling inside or taking focus', async () => {
    const { context } = await isolatedContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}/iframe`);
    const frame = page.frameLocator('#frame');
    await frame.locator('#app[data-ready=true] form.question').waitFor();
    const heights = () => page.evaluate(() => (window as unknown as { messages: { data: { type: string; height?: number } }[] }).messages.filter((m) => m.data.type === 'assessment-height').map((m) => m.data.height!));
    await expect.poll(async () => (await heights()).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('host-input');
    const inner = page.frames().find((f) => f.url().includes('/embed'))!;
    await walkToResult(inner as never, policy({ intro_title: 'Iframe test' }));
    await expect.poll(() => page.evaluate(() => (window as unknown as { messages: { data: { type: string } }[] }).messages.filter((m) => m.data.type === 'assessment-complete').length)).toBe(1);
    const msgs = await page.evaluate(() => (window as unknown as { messages: { origin: string; data: { type: string; detail?: { riskClass: string } } }[] }).messages);
    expect(new Set(msgs.map((m) => m.origin)).size).toBe(1);
    expect(msgs.find((m) => m.data.type === 'assessment-complete')!.data.detail!.riskClass).toBeTruthy();
    // The frame is as tall as its content: nothing scrolls inside it.
    await expect.poll(async () => inner.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(1);
    expect((await heights()).length).toBeGreaterThan(1);
    await context.close();
  });
});
