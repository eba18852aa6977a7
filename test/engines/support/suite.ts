/**
 * The smoke suite every engine runs (one test file per engine calls `defineEngineSuite`), in three
 * files on the servers of engine-session.ts. In each mode (pages.ts, mode-tests.ts) the element is defined and shows 浙江省's first rows from the one file they need
 * (its first-view file; `src`'s snapshot in standalone), then loads the engine chunk while idle
 * (no requestIdleCallback on Safari, nor in the API floor run), pages, picks a year chip, searches
 * and opens a row, every answer the API's, no request ever to `/api/`, no page or console error;
 * a broken data file shows the message, the retry and the host's fallback links. Besides: the CSS
 * degrades instead of disappearing and a host page's CSS changes nothing inside (css-tests.ts); a
 * blocked engine chunk keeps the first rows, and the fallback link shows exactly when the widget
 * cannot run (fault-tests.ts).
 * The expected rows come from the local Worker's API, the oracle; the widget never calls it.
 * The full interaction suite (axe, layout shift, focus order, targets) is the `browser` project's,
 * on current Chromium.
 */
import type { EngineName } from '../../../scripts/browsers/engines';
import { defineCssTests } from './css-tests';
import { useEngineSession, type EngineSession } from './engine-session';
import { defineFaultTests } from './fault-tests';
import { defineModeTests } from './mode-tests';

export interface EngineSuiteOptions {
  /** A classic script the page runs before the widget (the API floor's removals). */
  before?: string;
}

/** What a test file may add to its engine's suite: the same page opener. */
export type EngineSuite = Pick<EngineSession, 'open'>;

/** Registers the whole suite for `name` in the calling test file. */
export function defineEngineSuite(name: EngineName, options: EngineSuiteOptions = {}): EngineSuite {
  const session = useEngineSession(name, options.before);
  defineModeTests(session);
  defineFaultTests(session);
  defineCssTests(session);
  return { open: (page, pageOptions) => session.open(page, pageOptions) };
}
