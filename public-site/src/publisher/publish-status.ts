/**
 * What editors (and monitoring) see about the live site: served as `/_site-status.json` by the site server and
 * written to `<publish dir>/status.json`. Names guides by slug and locale only, and bounds error messages.
 */
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedGuide } from '../generate-pages.js';
import type { SiteLocale } from '../site-i18n.js';
import type { BuildStep } from './build-release.js';

/** The longest error message kept in the status. */
export const STATUS_MESSAGE_MAX = 500;

export interface SitePublishStatus {
  /**
   * `live`: the last build succeeded and is served; `failed`: the last build failed and the previous good site (if
   * any) is still served; `not-built`: nothing built yet.
   */
  readonly state: 'not-built' | 'live' | 'failed';
  /** A build is running now. */
  readonly building: boolean;
  /** The build being served. */
  readonly lastGood: {
    readonly release: string;
    readonly finishedAt: string;
    readonly durationMs: number;
    /** Guide pages per locale. */
    readonly pages: Readonly<Record<SiteLocale, number>>;
    /** Guides left out of that build (the api failed for them or they could not be rendered). */
    readonly skipped: readonly SkippedGuide[];
  } | null;
  /** The most recent failed build. */
  readonly lastFailure: {
    readonly step: BuildStep | 'unknown';
    readonly message: string;
    readonly at: string;
  } | null;
}

export const INITIAL_STATUS: SitePublishStatus = Object.freeze({
  state: 'not-built',
  building: false,
  lastGood: null,
  lastFailure: null,
});

/** One line, at most {@link STATUS_MESSAGE_MAX} characters, without the machine's directory names. */
export function statusMessage(error: unknown, hidePaths: readonly string[]): string {
  let text = error instanceof Error ? error.message : String(error);
  for (const path of hidePaths) text = text.split(path).join('…');
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > STATUS_MESSAGE_MAX ? `${text.slice(0, STATUS_MESSAGE_MAX - 1)}…` : text;
}

/** Writes the status file atomically (a reader sees the old or the new file, never half of one). */
export async function writeStatusFile(dir: string, status: SitePublishStatus): Promise<void> {
  const path = join(dir, 'status.json');
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(status, null, 2) + '\n', 'utf8');
  await rename(temporary, path);
}
