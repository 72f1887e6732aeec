// Preloaded (node --require) into a CLI process: on exit, writes the npm packages whose modules the main thread
// loaded (its CommonJS cache) as JSON to $LOADED_PACKAGES_FILE. Worker threads load their own and are not listed.
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const file = process.env.LOADED_PACKAGES_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const packages = new Set();
    for (const loaded of Object.keys(require.cache)) {
      const at = loaded.lastIndexOf('/node_modules/');
      if (at === -1) continue;
      const [scope, name] = loaded.slice(at + '/node_modules/'.length).split('/');
      packages.add(scope.startsWith('@') ? `${scope}/${name}` : scope);
    }
    fs.writeFileSync(file, JSON.stringify([...packages].sort()));
  });
}
