// The platform's HTTP server on a benchmark database, in its own process: the server as `bulwark serve`
// builds it (the whole application, the platform's database settings), on a clock that starts at the data
// set's "now" and runs at real speed, with the per-address rate limits raised since every request comes
// from one loopback client (the per-credential limits of check-ins stay as they are). No integrity check or purge at start: they read the whole database.
// Prints "listening <port>" once it serves.
import { buildApp } from '../src/app.ts';
import { createPlatform } from '../src/platform/context.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';

const url = process.env.BULWARK_BENCH_SERVER_DATABASE!;
const secretKey = Buffer.from(process.env.BULWARK_BENCH_SERVER_SECRET!, 'hex');
const startAt = Date.parse(process.env.BULWARK_BENCH_SERVER_NOW!);
const startedAt = Date.now();
const clock = { now: () => new Date(startAt + (Date.now() - startedAt)) };

const database = openDatabase(url, { backgroundCheckpoints: true });
await migrateToLatest(database);
const platform = createPlatform({ database, secretKey, clock });
const app = await buildApp(platform, { logLevel: 'warn', rateLimit: 1_000_000_000, checkinsPerAddress: 1_000_000_000 });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
