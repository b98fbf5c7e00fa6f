#!/usr/bin/env node
// `npm run bench` / `npm run drill`: runs apps/bench/src/<command>.ts through @swc-node/register (TypeScript and
// the @motcua/* path aliases compiled on the fly), arguments passed through. Ctrl-C reaches the script, which
// stops what it started (services, its own Postgres and NATS) and removes its temporary files.
'use strict';
const path = require('node:path');

const COMMANDS = { bench: 'src/bench.ts', drill: 'src/drill.ts' };
const [command] = process.argv.splice(2, 1);
if (!COMMANDS[command]) {
  process.stderr.write(`usage: node apps/bench/run.cjs ${Object.keys(COMMANDS).join('|')} [options]\n`);
  process.exit(2);
}
const root = path.resolve(__dirname, '../..');
process.chdir(root);
process.env.SWC_NODE_PROJECT = path.join(root, 'tsconfig.runtime.json');
require('@swc-node/register');
require('reflect-metadata'); // contract classes carry decorators that read it
require(path.join(__dirname, COMMANDS[command]));
