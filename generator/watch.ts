/**
 * `--watch`: run once, then again whenever an input file of a spec changes (the entry file and every file it
 * `$ref`s, re-read after each run since the set can change). Directories are watched rather than files, so
 * editors that save by renaming are seen too. Changes are debounced; a failing spec never stops the watch.
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { readInputTexts } from './load/inputs.js';

export interface WatchOptions<T> {
  /** The things to rebuild (specs), each with its entry file. */
  targets: () => Promise<Array<{ target: T; entry: string }>>;
  /** Runs one target; must not throw. */
  run: (target: T) => Promise<void>;
  /** Extra files whose change reruns everything (the config file). */
  alsoWatch?: string[];
  debounceMs?: number;
  signal?: AbortSignal;
}

async function inputsOf(entry: string): Promise<string[]> {
  const texts = await readInputTexts(entry).catch(() => new Map<string, string>());
  return texts.size === 0 ? [path.resolve(entry)] : [...texts.keys()];
}

export async function watchSpecs<T>(options: WatchOptions<T>): Promise<void> {
  const debounceMs = options.debounceMs ?? 100;
  let watchers: FSWatcher[] = [];
  let owners = new Map<string, Array<{ target: T; entry: string }>>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();

  const rewatch = async (items: Array<{ target: T; entry: string }>) => {
    for (const w of watchers) w.close();
    owners = new Map();
    for (const item of items) {
      for (const file of await inputsOf(item.entry)) owners.set(file, [...(owners.get(file) ?? []), item]);
    }
    for (const file of options.alsoWatch ?? []) owners.set(path.resolve(file), owners.get(path.resolve(file)) ?? []);
    const dirs = new Set([...owners.keys()].map((f) => path.dirname(f)));
    watchers = [...dirs].map((dir) => watch(dir, (_event, name) => {
      if (name === null) return;
      const file = path.join(dir, name.toString());
      if (!owners.has(file)) return;
      pending.add(file);
      clearTimeout(timer);
      timer = setTimeout(flush, debounceMs);
    }));
  };

  const flush = () => {
    const changed = pending;
    pending = new Set();
    running = running.then(async () => {
      const everything = (options.alsoWatch ?? []).some((f) => changed.has(path.resolve(f)));
      const items = await options.targets();
      const due = everything ? items : items.filter((item) => [...changed].some((file) => owners.get(file)?.some((o) => o.entry === item.entry)));
      for (const item of due) await options.run(item.target);
      await rewatch(items);
    });
  };

  const items = await options.targets();
  for (const item of items) await options.run(item.target);
  await rewatch(items);
  await new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  clearTimeout(timer);
  await running;
  for (const w of watchers) w.close();
}
