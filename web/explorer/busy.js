// Busy: html[data-busy] is "true" while anything loads or lays out (the browser tests wait on it), and the
// body has the class is-busy. A failure of the work is shown to the user, not thrown further.

import { isAbort } from './api.js';

/** `onError(error)` shows a failure; `onIdle()` runs each time the last piece of work ends. */
export function createBusy({ onError, onIdle = () => {} }) {
  let count = 0;
  const set = (delta) => {
    count += delta;
    document.documentElement.dataset.busy = String(count > 0);
    document.body.classList.toggle('is-busy', count > 0);
    if (count === 0) onIdle();
  };
  return {
    get idle() {
      return count === 0;
    },
    /** Runs `work()` as busy; resolves to its result, or to undefined once its failure is shown. */
    async run(work) {
      set(1);
      try {
        return await work();
      } catch (error) {
        // Shown to the user; logging it as well would make it a console error in normal use.
        if (!isAbort(error)) onError(error);
        return undefined;
      } finally {
        set(-1);
      }
    },
    /** Counts a request the user is waiting on (e.g. the details of a selection) as busy, without more. */
    track(promise) {
      set(1);
      return promise.finally(() => set(-1));
    },
  };
}
