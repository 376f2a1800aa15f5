// The year axis drawn over the canvas while the "time" layout is on: HTML over the canvas, kept in step
// with Cytoscape's pan and zoom, so the years are readable at any zoom and never part of the graph.

import { el, clear } from './dom.js';

export class TimeAxis {
  constructor(cy, container) {
    this.cy = cy;
    this.container = container;
    this.ticks = null;
    cy.on('viewport resize', () => this.draw());
  }

  /** Ticks in model coordinates ({x, label}), or null to take the axis away. */
  set(ticks) {
    this.ticks = ticks;
    this.container.hidden = !ticks;
    this.draw();
  }

  draw() {
    if (!this.ticks) return;
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    clear(this.container);
    for (const tick of this.ticks) {
      if (tick.lane) {
        // A lane (undated entities): a line across the canvas with its name, at its model height.
        const lane = el('div', { class: 'time-lane' }, el('span', {}, tick.label));
        lane.style.top = `${(tick.y * zoom + pan.y).toFixed(1)}px`;
        this.container.append(lane);
        continue;
      }
      const x = tick.x * zoom + pan.x;
      if (x < -50 || x > this.cy.width() + 50) continue;
      const mark = el('div', { class: ['time-tick', tick.gap && 'gap', tick.end && 'end', tick.month && 'month'] }, el('span', {}, tick.label));
      // Set through the CSSOM, not a style attribute, which a strict Content-Security-Policy would refuse.
      mark.style.left = `${x.toFixed(1)}px`;
      this.container.append(mark);
    }
  }
}
