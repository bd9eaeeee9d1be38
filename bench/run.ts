import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchCheckinIngestion } from './checkin-ingestion.bench.ts';
import { benchCheckinReference } from './checkin-reference.ts';
import { ensureCheckinDataset } from './checkins-dataset.ts';
import { benchTracingEngine } from './tracing.bench.ts';
import type { DialectName } from '../src/platform/db/database.ts';
import { benchPostgres, type Figure } from './harness.ts';
import { benchPeopleImport } from './people-import.bench.ts';
import { benchSimulator } from './simulator.bench.ts';
import { benchWebBundle } from './web-bundle.bench.ts';

const PEOPLE = Number(process.env.BULWARK_BENCH_PEOPLE ?? 50_000);
const SIM_PERSONS = Number(process.env.BULWARK_BENCH_SIM_PERSONS ?? 1_000_000);
const SIM_DAYS = Number(process.env.BULWARK_BENCH_SIM_DAYS ?? 30);

function printTable(figures: Figure[]): void {
  const rows = figures.map((figure) => [
    figure.benchmark,
    figure.dialect,
    figure.metric,
    `${figure.value.toLocaleString('en-US')} ${figure.unit}`,
    figure.reference ? `${figure.reference.value.toLocaleString('en-US')} ${figure.unit}` : '',
    figure.reference ? `${(figure.reference.ratio * 100).toFixed(1)}%` : '',
    figure.reference?.goal !== undefined ? `${figure.reference.atMost ? '≤ ' : ''}${figure.reference.goal * 100}%` : '',
    figure.load !== undefined ? String(figure.load) : '',
  ]);
  const header = ['benchmark', 'db', 'size', 'measured', 'reference', 'ratio', 'goal', 'load'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

// The console's first page, as built by npm run build.
execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const figures: Figure[] = [...benchWebBundle()];
const postgres = await benchPostgres();
if (!postgres) console.error('PostgreSQL benchmarks skipped: no server (set BULWARK_BENCH_PG_URL or apt-get install postgresql)');
try {
  figures.push(...(await benchPeopleImport('sqlite', null, PEOPLE)));
  if (postgres) figures.push(...(await benchPeopleImport('postgres', postgres.url, PEOPLE)));
} finally {
  postgres?.stop();
}
// Check-ins at 100,000,000 rows (BULWARK_BENCH_CHECKINS=1; the data sets take long to build the first time).
if (process.env.BULWARK_BENCH_CHECKINS === '1') {
  for (const dialect of (process.env.BULWARK_BENCH_CHECKINS_DIALECTS ?? 'sqlite,postgres').split(',') as DialectName[]) {
    const dataset = await ensureCheckinDataset(dialect);
    try {
      const { manifest } = dataset;
      figures.push({
        benchmark: `check-in data set (${manifest.size.persons.toLocaleString('en-US')} persons x ${manifest.size.days} days, ${manifest.size.venues.toLocaleString('en-US')} venues)`,
        dialect,
        metric: `${manifest.rows.checkins.toLocaleString('en-US')} check-ins, ${(manifest.bytesOnDisk / 2 ** 30).toFixed(1)} GiB, ${dataset.built ? 'built now' : `built ${manifest.builtAt}`}`,
        value: Math.round(manifest.buildSeconds),
        unit: 's to build',
      });
      figures.push(...(await benchCheckinIngestion(dataset)));
      figures.push(...(await benchCheckinReference(dataset)));
      figures.push(...(await benchTracingEngine(dataset)));
    } finally {
      await dataset.close();
    }
  }
}
// Goal: 1,000,000 persons x 30 days within 5 minutes on 2 cores.
figures.push(...benchSimulator(SIM_PERSONS, SIM_DAYS, SIM_PERSONS === 1_000_000 && SIM_DAYS === 30 ? 300 : undefined));
printTable(figures);
const folder = join(process.cwd(), 'bench', 'results');
mkdirSync(folder, { recursive: true });
const file = join(folder, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), node: process.version, figures }, null, 2));
console.log(`\nwritten to ${file}`);
