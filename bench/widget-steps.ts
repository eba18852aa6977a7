// The widget's browser steps of `npm run bench`, all against the real Worker in Miniflare with its
// Static Assets: a regression to API calls would reach (and be counted at) the Worker.
import type { BenchResults } from './results';
import { LIGHTHOUSE_MOBILE, LIGHTHOUSE_MOBILE_NETWORK, type EmulatedNetwork } from './scenarios/emulation';
import { measureWidgetEmbed } from './scenarios/widget-embed';
import { measureWidgetSession } from './scenarios/widget-session';
import { measureWidgetSpeed } from './scenarios/widget-speed';
import { EMBED, type BenchSettings } from './settings';
import { BENCH_PAGE_PATH } from './setup';

/** run.ts's step runner: a failure is recorded under the step's name instead of ending the run. */
export type StepRunner = <T>(name: string, errors: Record<string, string>, run: () => Promise<T> | T) => Promise<T | undefined>;

/** Which of the widget's browser steps to run. */
export interface WidgetParts {
  session: boolean;
  speed: boolean;
  embed: boolean;
}

/** The reader's session, the loopback speed (and again on the mobile network), and the mobile embed ratio. */
export async function measureWidget(results: BenchResults, origin: URL, settings: BenchSettings, parts: WidgetParts, step: StepRunner): Promise<void> {
  const { errors } = results;
  if (parts.session) {
    results.widgetSession = await step("widget session: a reader's requests, by kind", errors, () => measureWidgetSession(origin));
  }
  if (parts.speed) {
    const speedOn = (network?: EmulatedNetwork) =>
      measureWidgetSpeed(origin, {
        pagePath: BENCH_PAGE_PATH,
        attrs: `province=${EMBED.province}`,
        warmups: settings.widgetWarmups,
        repeats: network ? settings.widgetMobileRepeats : settings.widgetRepeats,
        network,
      });
    results.widgetSpeed = await step('widget speed in headless Chromium (loopback)', errors, () => speedOn());
    results.widgetSpeedOnMobileNetwork = await step(`widget speed on ${LIGHTHOUSE_MOBILE_NETWORK.name}`, errors, () => speedOn(LIGHTHOUSE_MOBILE_NETWORK));
  }
  if (parts.embed) {
    results.widgetEmbed = await step(`widget embed: builder snippet vs physical limit, ${settings.embedPairs} pairs`, errors, () =>
      measureWidgetEmbed(origin, { province: EMBED.province, warmups: settings.widgetWarmups, pairs: settings.embedPairs, network: LIGHTHOUSE_MOBILE }),
    );
  }
}
