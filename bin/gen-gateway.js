#!/usr/bin/env node
// The CLI lives in dist/ (built by `npm run build`, which `npm ci` runs through `prepare`).
import { main } from '../dist/generator/cli.js';

process.exitCode = await main(process.argv);
