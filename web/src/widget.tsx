// <ai-act-assessment>: the walkthrough as a custom element in a Shadow DOM, for intranet pages.
// No global but the element itself; styles live inside the shadow root and are themed through CSS
// variables on :host. Attributes: lang, api-base, flow. Event: assessment-complete (detail = result).
import { render } from 'preact';
import { App } from './app/App.tsx';
import { pickLang } from './i18n/index.tsx';
import css from './styles.css?inline';

const TAG = 'ai-act-assessment';

class AiActAssessment extends HTMLElement {
  static observedAttributes = ['lang', 'api-base', 'flow'];
  private mount: HTMLDivElement | null = null;

  connectedCallback() {
    if (!this.mount) {
      const shadow = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = css;
      this.mount = document.createElement('div');
      this.mount.className = 'widget-root';
      shadow.append(style, this.mount);
    }
    this.update();
  }

  attributeChangedCallback() {
    if (this.mount) this.update();
  }

  disconnectedCallback() {
    if (this.mount) render(null, this.mount);
  }

  private update() {
    // The page's language unless the element says otherwise.
    const lang = pickLang(this.getAttribute('lang'), this.closest('[lang]')?.getAttribute('lang'), document.documentElement.lang);
    const apiBase = this.getAttribute('api-base') ?? new URL(scriptOrigin, location.href).origin;
    render(
      <App
        apiBase={apiBase}
        lang={lang}
        flow={this.getAttribute('flow') ?? undefined}
        onComplete={(result) => this.dispatchEvent(new CustomEvent('assessment-complete', { detail: result, bubbles: true, composed: true }))}
      />,
      this.mount!,
    );
  }
}

// Where widget.js was loaded from: the API lives on the same origin unless api-base says otherwise.
const scriptOrigin = (document.currentScript as HTMLScriptElement | null)?.src ?? location.href;

if (!customElements.get(TAG)) customElements.define(TAG, AiActAssessment);
