// Worker threads start without the TypeScript loader the main process has: register it, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./protection-worker.ts');
