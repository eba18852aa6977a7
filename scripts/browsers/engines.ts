/** Every engine the `engines` test project runs on, by one name, each launched behind `EngineBrowser`. */
import { launchCurrentChromium } from './current-chromium';
import type { EngineBrowser } from './engine';
import { launchFirefox } from './firefox';
import { launchOldChromium } from './old-chromium';
import { launchWebKit } from './webkit';

export type EngineName = 'chromium' | 'chromium-80' | 'chromium-86' | 'firefox' | 'webkit';

export function launchEngine(name: EngineName): Promise<EngineBrowser> {
  switch (name) {
    case 'chromium':
      return launchCurrentChromium();
    case 'chromium-80':
    case 'chromium-86':
      return launchOldChromium(name);
    case 'firefox':
      return launchFirefox();
    case 'webkit':
      return launchWebKit();
  }
}
