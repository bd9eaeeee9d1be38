// Worker threads start without the TypeScript loader the main process has: register it, then load the
// worker. tsx's CommonJS loader works within this thread, where its ES module loader would first start a
// thread of its own for its hooks; the worker then starts in half the time, which a large import notices.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('tsx/cjs/api').register();
require('./protection-worker.ts');
