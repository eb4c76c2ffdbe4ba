import { type FSWatcher, readdirSync, statSync, watch } from 'node:fs';
import { join, sep } from 'node:path';

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
  // Entries added or removed since the last settle: folders among them are watched or dropped.
  let renamed = new Set<string>();
  let rescan = false;

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
      updateFolders();
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
    for (const folder of folders) watchFolder(folder);
  };
  const watchFolder = (folder: string) => {
    if (watchers.has(folder)) return;
    try {
      const watcher = watch(folder, (event, name) => {
        if (name) {
          const path = join(folder, name.toString());
          paths.add(path);
          if (event === 'rename') renamed.add(path);
        } else {
          unknown = true;
          rescan = true;
        }
        schedule();
      });
      watcher.on('error', () => {
        unknown = true;
        rescan = true;
        schedule();
      });
      watchers.set(folder, watcher);
    } catch {
      // Removed between listing and watching: the next change lists again.
    }
  };
  /**
   * Watches folders that appeared and forgets those that went. Listing every folder again would
   * cost more than the rebuild on a large room, so only renamed entries are looked at, unless a
   * watcher could not say what changed.
   */
  const updateFolders = () => {
    if (rescan) {
      rescan = false;
      renamed = new Set();
      watchFolders();
      return;
    }
    for (const path of renamed) {
      let isFolder = false;
      try {
        isFolder = statSync(path).isDirectory();
      } catch {
        // Gone: forget its watchers below.
      }
      if (isFolder) {
        for (const folder of [path, ...subfolders(path)]) watchFolder(folder);
      } else {
        for (const [folder, watcher] of watchers) {
          if (folder === path || folder.startsWith(path + sep)) {
            watcher.close();
            watchers.delete(folder);
          }
        }
      }
    }
    renamed = new Set();
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
