// massage-guide: defines the <massage-guide> element. Load it with
//   <script type="module" src=".../embed/massage-guide.js"></script>
// Every file it needs is found relative to this script's own URL (never the page's, nor a
// <base> element). The placeholders in quotes are filled in by tools/post-build.mjs.

const here = import.meta.url;
const bindgenUrl = new URL('__BINDGEN__', here).href;
const wasmUrl = new URL('__WASM__', here);
const stylesUrl = new URL('__STYLES__', here).href;
const debugUrl = new URL('debug.js', here).href;
// Each language but English (built in): its catalogue, fetched the first time it is chosen.
// The build writes this map from `Lang` (build.rs makes it from the files of assets/i18n/): the
// loader lists no language itself.
const catalogues = Object.fromEntries(Object.entries('__CATALOGUES__').map(([lang, file]) => [lang, new URL(file, here).href]));
// The first screen of a fresh visit in English, rendered at build time from the app's own view
// (examples/prerender.rs): shown the moment this script runs, taken over by the WebAssembly
// with the same pixels. Empty in the standalone page's copy, whose HTML declares it.
const firstScreen = '__FIRST_SCREEN__';
// The main part of the screen Start leads to, the first question (the safety check), rendered
// at build time too: shown the moment Start is tapped, before the WebAssembly is ready, and what
// is ticked on it is kept. Empty in the standalone page's copy: its HTML has it in a template.
const firstQuestion = '__FIRST_QUESTION__';
// The top of the emergency screen (what to do, and the call), for Next tapped on the first
// question with a sign ticked: every sign on it is an emergency (tests/prerender.rs), so that
// screen is shown at once and stays if the WebAssembly never comes. Empty in the standalone
// page's copy, as above.
const firstEmergency = '__FIRST_EMERGENCY__';
// Each file's hash as the build wrote it (subresource integrity, by address): a file changed on
// its way (a CDN, a proxy, a cache) is refused, and the element's own content, the clinic's
// phone link, stays. Empty in the standalone page's copy, which comes from the same place as
// the files (no hash is then checked).
const hashes = Object.fromEntries(Object.entries('__INTEGRITY__').map(([file, sri]) => [new URL(file, here).href, sri]));

/** Import the module at `url` only as the build wrote it: a modulepreload with its hash puts
 *  the checked module in the page's module map, where `import()` then finds it. With no hash
 *  (the standalone page) a plain import: Firefox fires no `load` on a second modulepreload of
 *  a module the page has preloaded already. */
const checkedImport = (url) => (!hashes[url] ? import(url) : new Promise((resolve, reject) => {
  const link = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: url, integrity: hashes[url] ?? '' });
  link.onload = () => resolve(import(url));
  link.onerror = () => reject(new Error(`${url} could not be had as this build wrote it`));
  document.head.append(link);
}));

/** The number of the page's own `tel:` link inside the element (`tel:+1%20212…;ext=2` reads
 *  +1 212…), or undefined: the guide shows it whenever the configuration's cannot be had. */
const hostPhone = (element) => {
  const href = element.querySelector('a[href^="tel:" i]')?.getAttribute('href');
  if (!href) return undefined;
  try {
    return decodeURIComponent(href.slice(4).split(';')[0]).trim() || undefined;
  } catch {
    return undefined;
  }
};

/** A short hash of a text (FNV-1a, 32 bits, base 36): a configuration inside the element names
 *  its guide's saved progress. */
const hash = (text) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
};

/** A node of the first screen's tree (tools/post-build.mjs): built, never parsed from a string,
 *  so a page that requires Trusted Types takes it. */
const build = (node) => {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children.map(build));
  return element;
};
let started;

/** Resolves once the browser has recorded the page's largest paint (at most 2 s: a tab
 *  opened in the background paints nothing until it is shown):
 *  the app takes over the first screen rendered at build time by replacing it, and an element
 *  that leaves the page before that record is made is dropped from it, so the page's main
 *  text would be dated from the app's copy (the largest contentful paint search engines read). */
const largestPaintRecorded = () => new Promise((recorded) => {
  if (!PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) return recorded();
  setTimeout(recorded, 2000);
  new PerformanceObserver((list, observer) => { observer.disconnect(); recorded(); })
    .observe({ type: 'largest-contentful-paint', buffered: true });
});

/** Instantiate the WebAssembly once, for every guide on the page. */
function ready() {
  // Imported here, not at the top: a glue file that cannot be had (a stale cache after a new
  // build) then ends in the catch below, which takes away buttons that could never work.
  // The WebAssembly is asked for at once, beside the glue, not after it: one round trip less
  // on a phone's network (the standalone page preloads the glue in its HTML).
  if (!started) {
    const wasm = fetch(wasmUrl, { integrity: hashes[wasmUrl.href] ?? '' });
    wasm.catch(() => {}); // reported where the glue instantiates it
    started = checkedImport(bindgenUrl).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
  }
  return started;
}

class MassageGuide extends HTMLElement {
  static observedAttributes = ['config', 'lang', 'phone', 'debug'];

  connectedCallback() {
    // A `configuration` set by the page before this script defined the element sits on the
    // element itself, hiding the setter: take it and set it again.
    if (Object.prototype.hasOwnProperty.call(this, 'configuration')) {
      const value = this.configuration;
      delete this.configuration;
      this.inPage = value;
    }
    if (!this.storageKey) this.build();
    this.mount();
  }

  disconnectedCallback() {
    this.unmount();
  }

  /** A changed attribute takes effect at once; the answers are kept (session storage). */
  attributeChangedCallback(name, before, after) {
    if (before === after || !this.guide) return;
    this.unmount();
    this.mount();
  }

  /** The clinic's configuration given by the page's script (an object, or JSON text), for a
   *  site that cannot host a file; it wins over `config` and over a script inside the element.
   *  Checked like a file: a wrong field is reported and falls back. */
  get configuration() { return this.inPage; }

  set configuration(value) {
    this.inPage = value;
    if (!this.guide) return;
    this.unmount();
    this.mount();
  }

  /** The configuration in the page as JSON text: the property, else
   *  `<script type="application/json">` inside the element (data, never run). */
  configText() {
    this.unreadable = undefined;
    if (this.inPage !== undefined && this.inPage !== null) {
      if (typeof this.inPage === 'string') return this.inPage;
      try {
        return JSON.stringify(this.inPage);
      } catch (error) {
        // A circular object, a BigInt, a toJSON that throws: named with its cause (in the
        // console, and with `debug` on the page), and the guide goes on with its built-in
        // content, as for an empty configuration.
        // On one line: the notes are one per line, and Chromium's message for a circle takes three.
        const cause = String(error?.message ?? error).replace(/\s+/g, ' ');
        this.unreadable = `the configuration property cannot be read as JSON (${cause}); the guide shows its built-in content`;
        console.error(`massage-guide: ${this.unreadable}`);
        return '{}';
      }
    }
    return this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  build() {
    // The standalone page declares its shadow root in its HTML, first screen and all.
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    // Where this guide keeps its progress: not its position on the page (a guide added before
    // it would take its answers), but its id, else its configuration's address, else a hash of
    // the configuration inside it; the same guide twice on a page counts :2, :3.
    // (A guide later on the page may not be upgraded yet: the method is called on it directly.)
    const own = (guide) => guide.id || guide.getAttribute('config') || hash(MassageGuide.prototype.configText.call(guide) ?? '');
    const mine = own(this);
    const twins = [...document.querySelectorAll('massage-guide')].filter((guide) => guide !== this && own(guide) === mine);
    const before = twins.filter((guide) => guide.compareDocumentPosition(this) & Node.DOCUMENT_POSITION_FOLLOWING).length;
    this.storageKey = `massage-guide:${location.pathname}:${mine}${before ? `:${before + 1}` : ''}`;
    const fresh = this.freshInEnglish();
    if (!shadow.firstChild) {
      const styles = document.createElement('link');
      styles.rel = 'stylesheet';
      styles.href = stylesUrl;
      // A stylesheet from another origin is checked only when fetched with CORS.
      styles.crossOrigin = 'anonymous';
      styles.integrity = hashes[stylesUrl] ?? '';
      // Until the guide runs (and if it never does), the element's own content shows: put
      // your phone number there.
      const fallback = document.createElement('slot');
      // A stylesheet that is refused (not the file the build wrote) stops the guide like a
      // glue file that is: the phone link stays, no unstyled guide.
      this.styled = new Promise((loaded, refused) => {
        styles.addEventListener('load', loaded, { once: true });
        styles.addEventListener('error', () => refused(new Error(`${stylesUrl} could not be had as this build wrote it`)), { once: true });
      });
      // (Reported where the guide mounts, not as an unhandled rejection before it.)
      this.styled.catch(() => {});
      shadow.append(styles, fallback);
      // The first screen once its stylesheet is in, never unstyled.
      if (fresh && firstScreen) {
        styles.addEventListener('load', () => {
          if (this.guide || !fallback.isConnected) return;
          fallback.replaceWith(...firstScreen.map(build));
        }, { once: true });
      }
    } else if (!fresh) {
      // A reload mid-flow, or another language: the app's own first screen will do.
      shadow.querySelector('.start')?.remove();
    } else {
      // A tap ends the browser's largest-paint records (it stops at the first input), so a
      // visitor who has tapped does not wait for one. The WebAssembly is not asked for before
      // either: Lighthouse's simulation holds the largest paint back by every download that
      // ended before it, and slow 4G makes the WebAssembly's 3.0 s of it (docs/performance.md).
      this.painted = Promise.race([largestPaintRecorded(), new Promise((tapped) => { this.tapped = tapped; })]);
    }
    // What is tapped on the screens rendered at build time before the WebAssembly is ready, by
    // name (`Action::tapped_early`): carried out in order when the guide mounts. The boxes of
    // the first question are read as the visitor sees them, when a button on it is tapped or
    // the guide mounts (`ticked`), not replayed one change at a time.
    this.earlyTaps = [];
    shadow.addEventListener('click', (event) => {
      // (Only the guide's own buttons: a page's markup may use `data-action` too.)
      const early = this.guide ? null : event.target.closest?.('[data-action], input, .lang-button');
      if (early?.getRootNode() === shadow) {
        const action = early.dataset.action;
        if (!action && early.lang) {
          // A language, at any moment: the visitor's choice, kept where the guide keeps it (and
          // given to it as it mounts, in case storage is off); the guide then opens in it. The
          // screen stays, and all that can be done on it.
          this.chosenLang = early.lang;
          try { sessionStorage.setItem(`${this.storageKey}:lang`, early.lang); } catch { /* given at mount */ }
          shadow.querySelector('.lang-button[aria-busy]')?.removeAttribute('aria-busy');
          early.setAttribute('aria-busy', 'true');
        } else if (this.pending && early.matches('input')) {
          // A change of mind: a box ticked while a tap on the question waits takes that tap
          // back (a "None of these" tapped too soon must not take the visitor past a sign).
          this.earlyTaps.length = this.pendingFrom;
          this.pending.removeAttribute('aria-busy');
          this.pending = undefined;
          this.waiting = false;
        } else if (this.waiting || (this.questionShown && event.detail > 1)) {
          // A tap is on its way to a screen not built here: nothing more is taken (it would be
          // read on the screen the guide opens at). Nor is the second click of a double tap on
          // Start, on what the first question put under it.
          event.preventDefault();
        } else if (action === 'start' && this.show(firstQuestion, 'first-question')) {
          this.questionShown = true;
          this.earlyTaps.push(action);
        } else if (action) {
          const ticked = this.ticked();
          this.pendingFrom = this.earlyTaps.length;
          this.earlyTaps.push(...ticked, action);
          this.waiting = true;
          if (!(action === 'next' && ticked.length && this.show(firstEmergency, 'first-emergency'))) {
            early.setAttribute('aria-busy', 'true');
            this.pending = early;
          }
        }
        // The WebAssembly, if not asked for yet, once the screen the tap led to is painted.
        requestAnimationFrame(() => setTimeout(() => this.tapped?.()));
      }
      // After a crash the WebAssembly cannot run again: "Start again" forgets this guide's
      // progress and reloads the page.
      if (!event.target.closest?.('[data-restart]')) return;
      try { sessionStorage.removeItem(this.storageKey); } catch { /* storage is off: nothing kept */ }
      location.reload();
    });
  }

  /** The red flags ticked on the first question shown before the WebAssembly is ready, by
   *  name, in order. */
  ticked() {
    return [...(this.standIn()?.querySelectorAll('[data-flags] input:checked') ?? [])].map((box) => box.value);
  }

  /** A screen rendered at build time (the loader's `screen` tree, else the page's template
   *  `data-<name>`) in place of the stand-in's main part, its heading focused, as the app does
   *  on a step: the screen a tap before the WebAssembly is ready leads to. False if there is
   *  none to show. */
  show(screen, name) {
    const main = this.standIn()?.querySelector('.guide-main');
    const content = screen
      ? screen.map(build)
      : this.shadowRoot.querySelector(`template[data-${name}]`)?.content.cloneNode(true);
    if (!main || !content) return false;
    main.replaceChildren(...[content].flat());
    // A language chosen meanwhile still shows it waits, on this screen's own button.
    main.querySelector(`.lang-button[lang="${this.chosenLang}"]`)?.setAttribute('aria-busy', 'true');
    // (As `focus_heading`: the new screen from its top.)
    if (main.getBoundingClientRect().top < 0) main.scrollIntoView();
    main.querySelector('h2')?.focus();
    return true;
  }

  /** Whether the guide starts at its first screen in English, the screen rendered at build
   *  time: no progress kept in this tab, and English is the language `Lang::negotiate` picks
   *  (the visitor's choice in this tab, else the element's, the page's or the browser's first
   *  language the build carries). */
  freshInEnglish() {
    let saved = null;
    let lang = null;
    try {
      saved = sessionStorage.getItem(this.storageKey);
      lang = sessionStorage.getItem(`${this.storageKey}:lang`);
    } catch { /* storage is off: nothing kept */ }
    const carried = ['en', ...Object.keys(catalogues)];
    const first = [lang, this.getAttribute('lang'), document.documentElement.lang, navigator.language]
      .map((tag) => tag?.trim().split(/[-_]/)[0].toLowerCase())
      .find((code) => carried.includes(code));
    return saved === null && (first ?? 'en') === 'en';
  }

  /** A brand colour the page set on the element that the stylesheet cannot derive its shades
   *  from (not a colour, or `currentcolor` where relative colours cannot start from it) would
   *  leave the guide's buttons without one, and a font list the browser refuses would leave it
   *  without a font: the guide's own is used instead, and `notes` says so. */
  checkBrand() {
    const style = getComputedStyle(this);
    const relative = CSS.supports('color', 'rgb(from red r g b)');
    const colour = (v) => CSS.supports('color', v) && (!relative || CSS.supports('color', `rgb(from ${v} r g b)`));
    const usable = { '--mg-accent': colour, '--mg-call': colour, '--mg-font': (v) => CSS.supports('font-family', v) };
    this.badColours = [];
    for (const [name, ok] of Object.entries(usable)) {
      const value = style.getPropertyValue(name).trim();
      if (value && value !== 'initial' && !ok(value)) {
        this.style.setProperty(name, 'initial');
        this.badColours.push(`${name} "${value}" cannot be used; the guide uses its own`);
      }
    }
  }

  /** For the site owner, one per line: a configuration property that is not JSON, and the
   *  brand colours' notes (embed/debug.js, loaded only with `debug`). */
  notes() {
    // (`debugNotes` is `false` without `debug`.)
    return [this.unreadable, this.debugNotes && this.debugNotes.brandNotes(this)].filter(Boolean).join('\n');
  }

  mount() {
    const generation = (this.generation = (this.generation ?? 0) + 1);
    this.checkBrand();
    // The attribute, or `?debug` in the page's address: problems are shown on the page.
    const debug = this.hasAttribute('debug') || new URLSearchParams(location.search).has('debug');
    // On the standalone page the WebAssembly is asked for once the first screen's paint is
    // recorded (or it is tapped): see `painted`.
    Promise.all([Promise.resolve(this.painted).then(ready), debug && checkedImport(debugUrl), this.styled])
      .then(([glue, debugNotes]) => {
        this.debugNotes = debugNotes;
        // Only the latest request mounts, and only while the element is on the page.
        if (!this.isConnected || generation !== this.generation || this.guide) return;
        const config = this.getAttribute('config');
        // Against the page address, not document.baseURI: a <base> element must not send
        // the configuration request to another site.
        const configUrl = config ? new URL(config, location.href).href : undefined;
        this.root = document.createElement('div');
        this.shadowRoot.append(this.root);
        this.guide = glue.mount_guide(this.root, this, {
          config: configUrl,
          configText: this.configText(),
          phone: this.getAttribute('phone') ?? undefined,
          // The page's own number: shown whenever the configuration's cannot be.
          hostPhone: hostPhone(this),
          lang: this.chosenLang ?? this.getAttribute('lang') ?? undefined,
          debug,
          storageKey: this.storageKey,
          // The taps kept meanwhile: the app carries them out before its first render, so the
          // screen they lead to is the first one drawn (and its heading takes the focus).
          taps: [...this.earlyTaps, ...(this.waiting ? [] : this.ticked())].join(' ') || undefined,
          catalogues: Object.fromEntries(Object.entries(catalogues).map(([lang, url]) => [lang, [url, hashes[url]]])),
        });
        // The app has rendered its first screen: what stood in for it goes, in the same task,
        // so no frame shows both or neither. The focus, if it was on a button or a box (and
        // no tap took the visitor to another screen), goes to the app's same one; there is
        // none if the app restored a later step. On a heading, the app focuses its own.
        const standIn = this.standIn();
        const active = this.shadowRoot.activeElement;
        const focused = standIn?.contains(active) && (active.matches('.emergency-call') ? '.emergency-call' : !this.waiting
          && (active.dataset.action ? `[data-action="${active.dataset.action}"]` : active.value && `input[value="${active.value}"]`));
        standIn?.remove();
        this.earlyTaps = [];
        this.waiting = false;
        this.pending = undefined;
        this.questionShown = false;
        // Once the app has shown its first step (and focused its heading, if a tap took the
        // visitor on), which it tells with its first step event. (An action or a value is a
        // name of the guide's own, with no quote in it.)
        if (focused) this.shadowRoot.addEventListener('massage-guide:step', () => this.root?.querySelector(focused)?.focus(), { once: true });
      })
      .catch((error) => {
        console.error('massage-guide: could not start', error);
        // Buttons that will never work go; the element's own content (the phone) stays, and
        // the emergency screen's call if a sign was ticked.
        const standIn = this.standIn();
        const call = standIn?.querySelector('[data-outcome="emergency"]');
        if (!call) return standIn?.replaceWith(document.createElement('slot'));
        standIn.querySelector('.guide-tools')?.remove();
        // It names the built-in number: the configuration's, if the loader can read it, in its
        // place (as the app would have once the configuration was in).
        const link = call.querySelector('a');
        const built = link.getAttribute('href').slice(4);
        this.emergencyNumber().then((number) => {
          if (!number) return;
          for (const text of call.querySelectorAll('h2, a')) text.textContent = text.textContent.replace(built, number);
          link.href = `tel:${number}`;
        });
      });
  }

  /** The configuration's emergency number (2 to 6 digits, as `ShortNumber` reads it), from the
   *  configuration inside the element or its file, or undefined. For a guide that cannot start. */
  async emergencyNumber() {
    try {
      const config = this.getAttribute('config');
      // (No time limit: until it answers, the built-in number stays.)
      const text = this.configText() ?? (config && await fetch(new URL(config, location.href)).then((r) => (r.ok ? r.text() : '')));
      const number = JSON.parse(text || '{}')?.emergency_number;
      return typeof number === 'string' && /^\d{2,6}$/.test(number) ? number : undefined;
    } catch {
      return undefined;
    }
  }

  /** What shows until the guide runs: the first screen rendered at build time, or the slot
   *  of the element's own content. */
  standIn() {
    return [...this.shadowRoot.children].find((child) => child.matches('.massage-guide, slot'));
  }

  unmount() {
    this.generation = (this.generation ?? 0) + 1;
    this.guide?.destroy();
    this.guide = undefined;
    this.root?.remove();
    this.root = undefined;
  }
}

if (!customElements.get('massage-guide')) customElements.define('massage-guide', MassageGuide);
