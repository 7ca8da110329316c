// massage-guide: defines the <massage-guide> element. Load it with
//   <script type="module" src=".../embed/massage-guide.js"></script>
// Every file it needs is found relative to this script's own URL (never the page's, nor a
// <base> element). The placeholders in quotes are filled in by tools/post-build.mjs.
import init, { mount_guide } from '__BINDGEN__';

const here = import.meta.url;
const wasmUrl = new URL('__WASM__', here);
const stylesUrl = new URL('__STYLES__', here).href;
let started;

/** Instantiate the WebAssembly once, for every guide on the page. */
function ready() {
  started ??= init({ module_or_path: wasmUrl });
  return started;
}

class MassageGuide extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    styles.href = stylesUrl;
    // Until the guide runs (and if it never does), the element's own content shows: put
    // your phone number there.
    const fallback = document.createElement('slot');
    const root = document.createElement('div');
    shadow.append(styles, fallback, root);
    const index = [...document.querySelectorAll('massage-guide')].indexOf(this);
    const storageKey = `massage-guide:${location.pathname}:${this.id || index}`;
    // After a crash the WebAssembly cannot run again: "Start again" forgets this guide's
    // progress and reloads the page.
    shadow.addEventListener('click', (event) => {
      if (!event.target.closest?.('[data-restart]')) return;
      try { sessionStorage.removeItem(storageKey); } catch { /* storage is off: nothing kept */ }
      location.reload();
    });
    ready()
      .then(() => {
        if (!this.isConnected) return;
        const config = this.getAttribute('config');
        // Against the page address, not document.baseURI: a <base> element must not send
        // the configuration request to another site.
        const configUrl = config ? new URL(config, location.href).href : undefined;
        this.guide = mount_guide(root, this, configUrl, this.getAttribute('phone') ?? undefined,
          this.hasAttribute('debug'), storageKey, this.getAttribute('lang') ?? undefined);
        fallback.remove();
      })
      .catch((error) => console.error('massage-guide: could not start', error));
  }

  disconnectedCallback() {
    this.guide?.destroy();
    this.guide = undefined;
  }
}

if (!customElements.get('massage-guide')) customElements.define('massage-guide', MassageGuide);
