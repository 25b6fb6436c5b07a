#!/usr/bin/env node
// A stand-in for the clasp CLI in tests of scripts/clasp.mjs: records each call in
// $FAKE_CLASP_LOG (one JSON array of arguments per line) and answers as clasp 3 does with --json.
// FAKE_CLASP_VERSIONS: how many versions the project has; FAKE_CLASP_PUSH: push's exit status.
import { appendFileSync } from 'node:fs';

const args = process.argv.slice(2);
appendFileSync(process.env.FAKE_CLASP_LOG, `${JSON.stringify(args)}\n`);
const command = args[0];
if (command === 'push') {
  const status = Number(process.env.FAKE_CLASP_PUSH ?? 0);
  console.log(status === 0 ? 'Pushed 2 files.' : '');
  process.exit(status);
}
if (command === 'list-versions') {
  const count = Number(process.env.FAKE_CLASP_VERSIONS ?? 3);
  console.log(JSON.stringify(Array.from({ length: count }, (_, i) => ({ versionNumber: i + 1, description: `v${i + 1}` }))));
  process.exit(0);
}
if (command === 'create-deployment') {
  const at = args.indexOf('--deploymentId');
  console.log(JSON.stringify({ deploymentId: at >= 0 ? args[at + 1] : 'AKfycbFakeDeployment01', versionNumber: 4 }));
  process.exit(0);
}
console.error(`fake clasp: unknown command ${command}`);
process.exit(1);
