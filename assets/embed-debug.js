// massage-guide's notes for the site owner, loaded by embed/massage-guide.js only with `debug`
// (or `?debug`), so visitors never download them.

/** One per line: the brand colours the page set that are not colours (the loader put the
 *  guide's own in their place), and those the stylesheet moved to keep AA contrast, with what
 *  it uses instead, in the look (light or dark) the visitor sees. */
export function brandNotes(element) {
  const shadow = element.shadowRoot;
  const probe = document.createElement('i');
  probe.className = 'massage-guide';
  // The clinic may have kept the guide light (`data-look="light"`): the probe is as the guide.
  const kept = shadow.querySelector('section')?.dataset.look;
  if (kept) probe.dataset.look = kept;
  shadow.append(probe);
  // As #rrggbb: the browser computes `color(srgb r g b)` (0 to 1) for a mix in sRGB.
  const colour = (value) => {
    // Through sRGB, so `oklch()` or `lab()` are read as the colours they are.
    probe.style.color = `color-mix(in srgb, ${value} 100%, black)`;
    const css = getComputedStyle(probe).color;
    const scale = css.startsWith('color(') ? 255 : 1;
    return `#${css.match(/-?[\d.]+(e-?\d+)?/g).slice(0, 3).map((n) => Math.min(255, Math.max(0, Math.round(n * scale))).toString(16).padStart(2, '0')).join('')}`;
  };
  const look = getComputedStyle(probe).colorScheme === 'dark' ? 'dark' : 'light';
  const style = getComputedStyle(element);
  const notes = [...(element.badColours ?? [])];
  for (const name of ['accent', 'call']) {
    // The page's own property wins over the configuration's `theme`.
    const set = [`--mg-${name}`, `--mg-theme-${name}`]
      .find((property) => !['', 'initial'].includes(style.getPropertyValue(property).trim()));
    if (!set) continue;
    const given = colour(`var(${set})`);
    const used = colour(`var(--mg-${name}-ink)`);
    const label = set.startsWith('--mg-theme') ? `theme.${name}` : set;
    if (given !== used) notes.push(`${label} ${given} is below AA contrast (4.5:1) in the ${look} look; the guide uses ${used} there`);
  }
  probe.remove();
  return notes.join('\n');
}
