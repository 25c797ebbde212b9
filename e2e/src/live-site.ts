/**
 * Waits until the live public site answers `path` with 200: the site publisher rebuilds after content changes reach
 * it through the CMS outbox (and once more after the api's content cache time).
 */
export async function waitForSitePage(siteUrl: string, path: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await fetch(new URL(path, siteUrl))).status !== 200) {
    if (Date.now() > deadline)
      throw new Error(`${path} did not appear on the live site within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Waits until the live site serves a build with exactly these numbers of guide pages per language (as
 * `/_site-status.json` reports them) and no build is running: every guide published before is on the site.
 */
export async function waitForSiteGuideCounts(
  siteUrl: string,
  counts: Readonly<Record<string, number>>,
  timeoutMs = 180_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const status = (await (await fetch(new URL('/_site-status.json', siteUrl))).json()) as {
      building: boolean;
      lastGood: { pages: Record<string, number> } | null;
    };
    last = JSON.stringify(status.lastGood?.pages ?? null);
    const complete = Object.entries(counts).every(([locale, n]) => status.lastGood?.pages[locale] === n);
    if (complete && !status.building) return;
    if (Date.now() > deadline) {
      throw new Error(
        `the live site did not reach ${JSON.stringify(counts)} guide pages (last build: ${last})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
