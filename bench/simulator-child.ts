// Runs one simulation in its own process, so that its peak memory is its own; prints JSON.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDiseaseProfile } from '../src/sim/disease.ts';
import { runSimulation } from '../src/sim/run.ts';
import { synthesizeCounty } from '../src/sim/synthesize.ts';

const persons = Number(process.argv[2]);
const days = Number(process.argv[3]);
const folder = mkdtempSync(join(tmpdir(), 'bulwark-bench-sim-'));
const started = process.hrtime.bigint();
const county = await synthesizeCounty({ countyCode: '140703', persons, seed: 'bench', startDate: '2026-11-01' });
const synthesized = process.hrtime.bigint();
const simulation = runSimulation(county, loadDiseaseProfile('omicron'), folder, { days, importedCases: Math.max(5, Math.round(persons / 20_000)), seed: 'bench' });
const finished = process.hrtime.bigint();
rmSync(folder, { recursive: true, force: true });
console.log(
  JSON.stringify({
    persons,
    days,
    synthesisSeconds: Number(synthesized - started) / 1e9,
    seconds: Number(finished - started) / 1e9,
    infections: simulation.infections.length,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
