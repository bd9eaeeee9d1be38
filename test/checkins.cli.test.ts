import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { composeResidentId } from '../src/people/resident-id.ts';
import { testTree } from './fixture.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-checkins-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function bulwark(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/bulwark.js', ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, BULWARK_DATA_DIR: dataDir, BULWARK_LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, lines: string[]): string {
  const path = join(dataDir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

test('bulwark import checkins reports bad rows and adds nothing twice; bulwark purge removes nothing within retention', () => {
  const document = composeResidentId('140703', '1966-06-06', 61);
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
  expect(bulwark(['import', 'jurisdictions', file('tree.csv', [testTree])]).status).toBe(0);
  expect(bulwark(['import', 'places', file('places.csv', ['ref,kind,parent_ref,jurisdiction_code,name,venue_type', 'cli-shop,venue,,140703001001,命令行超市,supermarket'])]).status).toBe(0);
  expect(bulwark(['import', 'people', file('people.csv', ['name,document_type,document_number,jurisdiction_code', `丁,resident_id,${document},140703001001`])]).status).toBe(0);
  const checkins = file('checkins.csv', [
    'id,person_document,venue_ref,entered_at,exited_at,temperature',
    `a,${document},cli-shop,${hoursAgo(5)},${hoursAgo(4)},36.6`,
    `b,${document},nowhere,${hoursAgo(5)},,36.6`,
  ]);
  const first = bulwark(['import', 'checkins', checkins]);
  expect(first.status).toBe(3);
  expect(first.stderr).toContain('row 3: venue_ref: is not a venue within your scope');
  expect(JSON.parse(first.stdout)).toMatchObject({ received: 2, inserted: 1, updated: 0 });
  expect(first.stderr + first.stdout).not.toContain(document);
  expect(JSON.parse(bulwark(['import', 'checkins', checkins]).stdout)).toMatchObject({ inserted: 0, unchanged: 1 });
  const purge = bulwark(['purge']);
  expect(purge.status).toBe(0);
  expect(purge.stderr).toContain('removed 0 check-ins, 0 fever flags and 0 person keys');
  expect(bulwark(['purge', '--help']).stdout).toContain('retention');
});
