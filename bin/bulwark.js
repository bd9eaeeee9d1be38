#!/usr/bin/env -S node --max-semi-space-size=128
// Runs the TypeScript CLI directly: Node 20 cannot strip types, so tsx loads it. The young generation's
// semi-spaces are 128 MB (as in package.json's start and bench scripts): tracing makes short-lived objects
// by the million, and a larger nursery collects them for less (see the tracing figures of `npm run bench`).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
