// Playing the story's years forward: the year filter's upper end ("To") steps from the first year to the
// last, so the canvas grows as the story did. ▶/⏸, one step, and a speed. The position is the view state's
// `filters.to` (so a paused moment is a link, `to=2008`), changed only through the `playYear` and `pause`
// actions. Partial dates keep their precision: the filter compares years, so "2012-03" counts as 2012 and no
// day or month is ever invented.

import { el } from './dom.js';

const SPEEDS = [['slow', 'Slow', 1600], ['normal', 'Normal', 900], ['fast', 'Fast', 350]];

/** Adds the controls under `container` (the filters' time group); `filters`: the bounds of the slider. */
export function createPlayback({ store, filters, container }) {
  const toggle = el('button', { type: 'button', id: 'play-toggle', class: 'secondary', 'aria-pressed': 'false' }, '▶ Play');
  const step = el('button', { type: 'button', id: 'play-step', class: 'secondary', title: 'Show one more year' }, '⏭ Step');
  const speed = el('select', { id: 'play-speed', 'aria-label': 'Playback speed' },
    SPEEDS.map(([value, label]) => el('option', { value, selected: value === 'normal' }, label)));
  const shown = el('output', { id: 'play-year', class: 'play-year', 'aria-live': 'polite' });
  container.append(el('div', { class: 'playback', role: 'group', 'aria-label': 'Play the years forward' }, toggle, step, speed, shown));

  let timer = null;

  /** The year after the one shown last; the first year again once the last was reached. */
  function next() {
    const [lo, hi] = filters.bounds;
    const { from, to } = store.state.filters;
    const current = to ?? hi;
    return current >= hi ? Math.max(lo, from ?? lo) : current + 1;
  }

  function tick() {
    const year = next();
    const [, hi] = filters.bounds;
    store.dispatch('playYear', { to: year, playing: year < hi });
  }

  function render(state) {
    toggle.textContent = state.playing ? '⏸ Pause' : '▶ Play';
    toggle.setAttribute('aria-pressed', String(state.playing));
    const { to } = state.filters;
    shown.textContent = to === null ? '' : `Up to ${to}`;
    clearInterval(timer);
    timer = null;
    if (state.playing) timer = setInterval(tick, SPEEDS.find(([v]) => v === speed.value)[2]);
  }

  toggle.addEventListener('click', () => {
    if (store.state.playing) store.dispatch('pause');
    else tick();
  });
  step.addEventListener('click', () => store.dispatch('playYear', { to: next(), playing: false }));
  speed.addEventListener('change', () => render(store.state));
  store.subscribe((state, before) => {
    if (state.playing !== before.playing || state.filters.to !== before.filters.to) render(state);
  });
  render(store.state);
}
