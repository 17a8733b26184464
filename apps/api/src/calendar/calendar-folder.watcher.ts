import { createHash } from 'node:crypto';
import { watch, type FSWatcher } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '@duban/temporal';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ApiError } from '../common/api-error';
import { CalendarService } from './calendar.service';

/**
 * How often the folder is read again besides on change notices: a file that could not be loaded
 * (Temporal down) is tried again, and a change `fs.watch` missed (network file systems) is seen. Ours.
 */
const RESCAN_MS = 30_000;

/**
 * Loads holiday notices dropped into `CALENDAR_NOTICES_DIR` (one JSON file per notice, the body of
 * `POST /calendar/years`), at start and whenever the folder changes. A file is loaded once per
 * content (a notice already in force changes nothing anyway); an invalid one is logged with every
 * problem and left alone until it changes. Several API processes watching one folder load each
 * notice once: the calendar workflow answers the second `changed: false`.
 */
@Injectable()
export class CalendarFolderWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CalendarFolderWatcher.name);
  /** File name → hash of the content last handled (loaded, or refused as invalid). */
  private readonly handled = new Map<string, string>();
  private watcher?: FSWatcher;
  private timer?: NodeJS.Timeout;
  private scanning?: Promise<void>;

  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    private readonly calendar: CalendarService,
  ) {}

  onApplicationBootstrap(): void {
    const dir = this.config.CALENDAR_NOTICES_DIR;
    if (!dir) return;
    this.logger.log(`watching ${dir} for holiday notices (*.json)`);
    try {
      this.watcher = watch(dir, () => void this.scan());
    } catch (e) {
      this.logger.error(`cannot watch ${dir}: ${(e as Error).message}; reading it every ${RESCAN_MS / 1000} s instead`);
    }
    this.timer = setInterval(() => void this.scan(), RESCAN_MS);
    this.timer.unref();
    void this.scan();
  }

  onApplicationShutdown(): void {
    this.watcher?.close();
    if (this.timer) clearInterval(this.timer);
  }

  /** Reads the folder once; a scan asked for while one runs waits for it and runs again. */
  scan(): Promise<void> {
    const run = async (): Promise<void> => {
      const dir = this.config.CALENDAR_NOTICES_DIR as string;
      let names: string[];
      try {
        names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
      } catch (e) {
        this.logger.error(`cannot read ${dir}: ${(e as Error).message}`);
        return;
      }
      for (const name of names) await this.loadFile(dir, name);
    };
    this.scanning = (this.scanning ?? Promise.resolve()).then(run, run);
    return this.scanning;
  }

  private async loadFile(dir: string, name: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(path.join(dir, name), 'utf8');
    } catch {
      return; // removed between the listing and the read
    }
    const hash = createHash('sha256').update(text).digest('hex');
    if (this.handled.get(name) === hash) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      this.logger.error(`${name}: not JSON (${(e as Error).message}); not loaded`);
      this.handled.set(name, hash);
      return;
    }
    try {
      const result = await this.calendar.load(body, `file:${name}`);
      this.logger.log(`${name}: ${result.year} ${result.changed ? `loaded as calendar version ${result.version}` : `already in force (version ${result.version})`}`);
      this.handled.set(name, hash);
    } catch (e) {
      if ((e instanceof ApiError && e.status < 500) || e instanceof DomainError) {
        const problems = e instanceof ApiError && e.errors ? `: ${e.errors.map((p) => `${p.field} ${p.rule}`).join('; ')}` : '';
        this.logger.error(`${name}: not loaded: ${e.message}${problems}`);
        this.handled.set(name, hash);
        return;
      }
      // Temporal unreachable or slow: tried again at the next scan.
      this.logger.warn(`${name}: not loaded yet (${(e as Error).message}); will try again`);
    }
  }
}
