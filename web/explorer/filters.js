// The filter bar, which is also the legend: entity types (colour and shape), statuses (line style), and a
// time range over events and dated relationships. Filtering never removes anything from the canvas; it
// gives elements the class `filtered` (display: none), so Undo and the URL are unaffected by it.

import { el, clear } from './dom.js';
import { lineSample, statusDescription, typeGlyph } from './evidence.js';
import { STATUS_NAMES, TYPE_NAMES } from './style.js';

const yearIn = (value) => {
  const match = /^(-?\d{1,4})/.exec(value ?? '');
  return match ? Number(match[1]) : null;
};

/** [first year, last year] an element covers, or null when it carries no date. */
function spanOf(data, isEdge) {
  const start = yearIn(isEdge ? (data.startDate ?? data.date) : (data.date ?? data.startDate));
  const end = yearIn(data.endDate);
  if (start === null && end === null) return null;
  return [start ?? end, end ?? start];
}

/**
 * A group of checkboxes as one Tab stop (WAI-ARIA's roving tabindex): Tab enters and leaves the group, the
 * arrow keys move inside it, Space ticks. Nine types and statuses would otherwise be nine Tab presses each.
 */
function roving(group) {
  const boxes = [...group.querySelectorAll('input[type="checkbox"]')];
  const current = (box) => boxes.forEach((b) => { b.tabIndex = b === box ? 0 : -1; });
  current(boxes[0]);
  group.addEventListener('focusin', (event) => { if (boxes.includes(event.target)) current(event.target); });
  group.addEventListener('keydown', (event) => {
    const i = boxes.indexOf(event.target);
    if (i < 0) return;
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? boxes.length - 1
      : step ? (i + step + boxes.length) % boxes.length : null;
    if (to === null) return;
    event.preventDefault();
    boxes[to].focus();
  });
}

export class Filters {
  constructor({ container, onChange }) {
    this.container = container;
    this.onChange = onChange;
    this.types = null;
    this.statuses = null;
    this.from = null;
    this.to = null;
    this.bounds = [1990, new Date().getFullYear()];
    this.histogram = new Map();
    this.build();
  }

  build() {
    const typeRows = TYPE_NAMES.map((type) => el('label', { class: 'filter-row' },
      el('input', { type: 'checkbox', name: 'type', value: type, checked: true }),
      typeGlyph(type, 16),
      el('span', { class: 'filter-name' }, type),
      el('span', { class: 'count', dataset: { countType: type } })));
    const statusRows = STATUS_NAMES.map((status) => el('label', { class: 'filter-row', title: statusDescription(status) || null },
      el('input', { type: 'checkbox', name: 'status', value: status, checked: true }),
      lineSample(status),
      el('span', { class: ['filter-name', 'status-name', `status-text-${status}`] }, status),
      el('span', { class: 'count', dataset: { countStatus: status } })));

    this.fromInput = el('input', { type: 'range', id: 'date-from', name: 'date-from', step: '1' });
    this.toInput = el('input', { type: 'range', id: 'date-to', name: 'date-to', step: '1' });
    this.fromOutput = el('output', { for: 'date-from', class: 'year-output' });
    this.toOutput = el('output', { for: 'date-to', class: 'year-output' });
    this.bars = el('div', { class: 'histogram', 'aria-hidden': 'true' });

    clear(this.container).append(
      el('div', { id: 'legend', role: 'group', 'aria-label': 'Legend and filters' },
        el('fieldset', { class: 'filter-group' }, el('legend', {}, 'Entity types'), typeRows),
        el('fieldset', { class: 'filter-group' }, el('legend', {}, 'Evidence status'), statusRows),
        el('div', { class: 'filter-group legend-notes' },
          el('p', { class: 'legend-title' }, 'On the canvas'),
          el('ul', {},
            el('li', {}, el('span', { class: 'legend-key' }, 'Name +3'), ' 3 neighbours not shown yet: double-click or Enter expands'),
            el('li', {}, el('span', { class: 'legend-key pinned-key' }, ' '), ' dashed ring: pinned, layouts leave it in place'),
            el('li', {}, el('span', { class: 'legend-key path-key' }, ' '), ' the path chosen in Paths, hops numbered'),
            el('li', {}, el('span', { class: 'legend-key weakest-key' }, ' '), ' its weakest link')))),
      this.timeGroup = el('fieldset', { class: 'filter-group date-filter' },
        el('legend', {}, 'Time'),
        this.bars,
        el('div', { class: 'range-row' }, el('label', { for: 'date-from' }, 'From'), this.fromOutput, this.fromInput),
        el('div', { class: 'range-row' }, el('label', { for: 'date-to' }, 'To'), this.toOutput, this.toInput),
        el('p', { class: 'hint' }, 'Hides events and dated relationships outside the years; undated ones stay. A date known to the year or month counts from that year.')),
      el('button', { type: 'button', id: 'filters-reset', class: 'secondary', onclick: () => this.reset() }, 'Show everything'));

    this.container.querySelectorAll('fieldset.filter-group:not(.date-filter)').forEach(roving);
    this.container.addEventListener('change', (event) => this.read(event));
    this.fromInput.addEventListener('input', (event) => this.read(event));
    this.toInput.addEventListener('input', (event) => this.read(event));
    this.setBounds(this.bounds);
  }

  /** The years the slider spans, and how many events each has (the little histogram above it). */
  setBounds([min, max], histogram = this.histogram) {
    const lo = Math.min(min, this.from ?? min);
    const hi = Math.max(max, this.to ?? max);
    this.bounds = [lo, hi];
    this.histogram = histogram;
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(lo);
      input.max = String(hi);
    }
    this.syncInputs();
    const most = Math.max(1, ...histogram.values());
    clear(this.bars).append(...Array.from({ length: hi - lo + 1 }, (_, i) => {
      const bar = el('span', { class: 'bar', title: `${lo + i}: ${histogram.get(lo + i) ?? 0} events` });
      bar.style.height = `${Math.round(((histogram.get(lo + i) ?? 0) / most) * 100)}%`;
      return bar;
    }));
    this.paintRange();
  }

  syncInputs() {
    const [lo, hi] = this.bounds;
    this.fromInput.value = String(this.from ?? lo);
    this.toInput.value = String(this.to ?? hi);
    this.fromOutput.textContent = String(this.from ?? lo);
    this.toOutput.textContent = String(this.to ?? hi);
    this.fromInput.setAttribute('aria-valuetext', this.from === null ? `${lo} (no lower limit)` : String(this.from));
    this.toInput.setAttribute('aria-valuetext', this.to === null ? `${hi} (no upper limit)` : String(this.to));
  }

  paintRange() {
    const [lo] = this.bounds;
    const from = this.from ?? -Infinity;
    const to = this.to ?? Infinity;
    [...this.bars.children].forEach((bar, i) => bar.classList.toggle('out', lo + i < from || lo + i > to));
  }

  read(event) {
    const target = event?.target;
    if (target?.name === 'type' || target?.name === 'status') {
      const checked = (name) => [...this.container.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
      const types = checked('type');
      const statuses = checked('status');
      this.types = types.length === TYPE_NAMES.length ? null : new Set(types);
      this.statuses = statuses.length === STATUS_NAMES.length ? null : new Set(statuses);
    } else if (target === this.fromInput || target === this.toInput) {
      const [lo, hi] = this.bounds;
      let from = Number(this.fromInput.value);
      let to = Number(this.toInput.value);
      // The two thumbs never cross: the one being moved pushes the other.
      if (from > to) {
        if (target === this.fromInput) to = from;
        else from = to;
      }
      this.from = from <= lo ? null : from;
      this.to = to >= hi ? null : to;
      this.syncInputs();
      this.paintRange();
    } else {
      return;
    }
    this.onChange();
  }

  /** From the URL: `types`, `statuses` (arrays or null for all), `from`, `to` (years or null). */
  set({ types = null, statuses = null, from = null, to = null }) {
    this.types = types ? new Set(types.filter((t) => TYPE_NAMES.includes(t))) : null;
    this.statuses = statuses ? new Set(statuses.filter((s) => STATUS_NAMES.includes(s))) : null;
    this.from = Number.isInteger(from) ? from : null;
    this.to = Number.isInteger(to) ? to : null;
    this.container.querySelectorAll('input[name="type"]').forEach((i) => { i.checked = !this.types || this.types.has(i.value); });
    this.container.querySelectorAll('input[name="status"]').forEach((i) => { i.checked = !this.statuses || this.statuses.has(i.value); });
    this.setBounds(this.bounds);
  }

  get() {
    return {
      types: this.types ? TYPE_NAMES.filter((t) => this.types.has(t)) : null,
      statuses: this.statuses ? STATUS_NAMES.filter((s) => this.statuses.has(s)) : null,
      from: this.from,
      to: this.to,
    };
  }

  get isActive() {
    return Boolean(this.types || this.statuses || this.from !== null || this.to !== null);
  }

  reset() {
    this.set({});
    this.onChange();
  }

  outOfRange(span) {
    if (!span) return false;
    if (this.from !== null && span[1] < this.from) return true;
    if (this.to !== null && span[0] > this.to) return true;
    return false;
  }

  /** Gives `filtered` to what the filters hide; returns how many elements are hidden. */
  apply(cy) {
    let hidden = 0;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const data = node.data();
        const out = (this.types && !this.types.has(data.type))
          || (data.type === 'Event' && this.outOfRange(spanOf(data, false)));
        node.toggleClass('filtered', Boolean(out));
        if (out) hidden += 1;
      });
      cy.edges().forEach((edge) => {
        const data = edge.data();
        const out = (this.statuses && !this.statuses.has(data.status)) || this.outOfRange(spanOf(data, true));
        edge.toggleClass('filtered', Boolean(out));
        if (out) hidden += 1;
      });
    });
    this.count(cy);
    return hidden;
  }

  /** How many of each type and status are on the canvas, beside each filter. */
  count(cy) {
    const types = new Map();
    const statuses = new Map();
    cy.nodes().forEach((n) => types.set(n.data('type'), (types.get(n.data('type')) ?? 0) + 1));
    cy.edges().forEach((e) => statuses.set(e.data('status'), (statuses.get(e.data('status')) ?? 0) + 1));
    this.container.querySelectorAll('[data-count-type]').forEach((span) => { span.textContent = String(types.get(span.dataset.countType) ?? 0); });
    this.container.querySelectorAll('[data-count-status]').forEach((span) => { span.textContent = String(statuses.get(span.dataset.countStatus) ?? 0); });
  }
}
