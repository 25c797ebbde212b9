import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, headless, with no background traffic: without the networking flags it keeps trying to reach
 * hosts this closed network refuses. Never a downloaded browser.
 */
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the system Chromium for a browser test. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
}
