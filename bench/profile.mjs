/** Reads a V8 .cpuprofile and lists the frames with the most self time, as % of busy (non-idle) time. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

export function topFrames(file, limit = 12) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = deltas[i] ?? 0;
    const cf = node.callFrame;
    if (cf.functionName === '(idle)') continue;
    total += dt;
    const where = cf.url ? `${path.relative(ROOT, cf.url.replace(/^file:\/\//, '')) || cf.url}:${cf.lineNumber + 1}` : '';
    const key = `${cf.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([frame, us]) => ({ frame, selfPct: (100 * us) / total, selfMs: us / 1000 }));
}

/** Self time grouped by package (node_modules/<pkg>) or first-party folder, as % of busy time. */
export function byPackage(file, limit = 12) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const groups = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const cf = byId.get(profile.samples[i]).callFrame;
    if (cf.functionName === '(idle)') continue;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const url = cf.url.replace(/^file:\/\//, '');
    let key;
    const nm = url.lastIndexOf('node_modules/');
    if (nm !== -1) {
      const rest = url.slice(nm + 13).split('/');
      key = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    } else if (url.startsWith('node:') || url === '') key = cf.functionName.startsWith('(') ? cf.functionName : `node internals / native`;
    else key = path.relative(ROOT, url).split('/').slice(0, 2).join('/');
    groups.set(key, (groups.get(key) ?? 0) + dt);
  }
  return [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([group, us]) => ({ group, selfPct: (100 * us) / total, selfMs: us / 1000 }));
}

/** Inclusive (total) time of every function whose name matches `names`, as % of busy time. */
export function inclusive(file, names) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map(names.map((n) => [n, 0]));
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    let id = profile.samples[i];
    if (byId.get(id).callFrame.functionName === '(idle)') continue;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const seen = new Set();
    for (; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id).callFrame.functionName;
      if (totals.has(name) && !seen.has(name)) {
        seen.add(name);
        totals.set(name, totals.get(name) + dt);
      }
    }
  }
  return [...totals.entries()].map(([name, us]) => ({ name, pct: (100 * us) / total, ms: us / 1000 }));
}
