// A headless Chromium for the browser tests, driven by playwright-core, that needs nothing from the
// machine: by default the one `npm ci` installs (@sparticuz/chromium ships the browser inside the
// package, unpacked to /tmp on first use; its shared libraries, NSS among them, are on the
// project's Node machine). CHROMIUM_PATH names another (a system Chromium, say); /usr/bin/chromium
// is used only when the packaged one cannot be unpacked.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return await packaged.executablePath();
  } catch (error) {
    if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    throw new Error(
      `No Chromium: @sparticuz/chromium could not be unpacked (${(error as Error).message}) and ${SYSTEM_CHROMIUM} is missing; set CHROMIUM_PATH`,
    );
  }
}

/** `--host-resolver-rules=MAP app.test 127.0.0.1` and the like: host names a test's pages use. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    // Root in a container needs --no-sandbox; the rest keeps Chromium from calling home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
