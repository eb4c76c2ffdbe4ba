import { type FSWatcher, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';

/** What changed since the last call: paths as the watcher saw them, or `unknown` when it could not tell. */
export interface ContentChanges {
  readonly paths: readonly string[];
  readonly unknown: boolean;
}

/**
 * Calls `onChange` once a burst of changes under `dir` has settled, never while a previous call is
 * still running (changes during it cause one more call after it). Every folder is watched by the
 * time this returns, so an edit made right after is never missed; folders added later are
 * watched as they appear.
 */
export function watchContent(
  dir: string,
  onChange: (changes: ContentChanges) => Promise<void>,
  settleMs = 50,
): { close(): void } {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let closed = false;
  let paths = new Set<string>();
  let unknown = false;

  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const changes = { paths: [...paths], unknown };
    paths = new Set();
    unknown = false;
    try {
      await onChange(changes);
    } finally {
      running = false;
      if (again && !closed) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      watchFolders();
      void run();
    }, settleMs);
  };
  const watchFolders = () => {
    const folders = new Set([dir, ...subfolders(dir)]);
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          if (name) paths.add(join(folder, name.toString()));
          else unknown = true;
          schedule();
        });
        watcher.on('error', () => {
          unknown = true;
          schedule();
        });
        watchers.set(folder, watcher);
      } catch {
        // Removed between listing and watching: the next change lists again.
      }
    }
  };
  watchFolders();
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}
