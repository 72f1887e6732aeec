// Preloaded (node --require) into a timed process: writes its peak RSS (getrusage maxrss) on exit.
const fs = require('node:fs');
const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)));
