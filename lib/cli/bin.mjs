#!/usr/bin/env node
// The package's `bin` (api-contract.md "Command line"): runs the TypeScript command line through
// tsx's ESM loader (a devDependency), so `npx deliverability-lens` works after `npm ci` with no
// build step. Everything else lives in main.ts.
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('./node.ts');
process.exitCode = await runFromProcess();
