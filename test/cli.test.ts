import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { composeResidentId } from '../src/people/resident-id.ts';
import { testTree } from './fixture.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'bulwark-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function bulwark(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, ['bin/bulwark.js', ...args], {
    cwd: join(import.meta.dirname, '..'),
    input: options.input ?? '',
    env: { ...process.env, BULWARK_DATA_DIR: dataDir, BULWARK_LOG_LEVEL: 'silent', ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(dataDir, name);
  writeFileSync(path, content);
  return path;
}

describe('the bulwark command', () => {
  test('every command explains itself with --help', () => {
    const top = bulwark(['--help']);
    expect(top.status).toBe(0);
    for (const command of ['serve', 'migrate', 'user', 'import', 'posters', 'audit']) expect(top.stdout).toContain(command);
    const importPeople = bulwark(['import', 'people', '--help']);
    expect(importPeople.stdout).toContain('document_type');
    expect(bulwark(['user', 'add', '--help']).stdout).toContain('--password-stdin');
  });

  test('a wrong setting is named with its variable, and nothing starts', () => {
    const result = bulwark(['migrate'], { env: { BULWARK_DATABASE_URL: 'mysql://db', BULWARK_LOG_LEVEL: 'loud' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('BULWARK_DATABASE_URL (or --database-url): must start with sqlite:');
    expect(result.stderr).toContain('BULWARK_LOG_LEVEL (or --log-level)');
  });

  test('imports report bad rows by number and keep the good ones; a re-run adds nothing', () => {
    expect(bulwark(['migrate']).status).toBe(0);
    const tree = bulwark(['import', 'jurisdictions', file('tree.csv', testTree)]);
    expect(tree.status).toBe(0);
    expect(JSON.parse(tree.stdout)).toMatchObject({ received: 11, inserted: 11, rejected: [] });
    const people = file(
      'people.csv',
      [
        'name,document_type,document_number,jurisdiction_code',
        `甲,resident_id,${composeResidentId('140703', '1970-01-01', 1)},140703001001`,
        `乙,resident_id,${composeResidentId('140703', '1970-01-01', 1).slice(0, 17)}0,140703001001`,
        `丙,passport,E5555555,999999`,
      ].join('\n'),
    );
    const first = bulwark(['import', 'people', people]);
    expect(first.status).toBe(3);
    expect(first.stderr).toContain('row 3: document_number:');
    expect(first.stderr).toContain('row 4: jurisdiction_code: is not a jurisdiction within your scope');
    expect(JSON.parse(first.stdout)).toMatchObject({ received: 3, inserted: 1 });
    const again = bulwark(['import', 'people', people]);
    expect(JSON.parse(again.stdout)).toMatchObject({ received: 3, inserted: 0, unchanged: 1 });
  });

  test('an account is created with a password from standard input, which is never printed', () => {
    const result = bulwark(['user', 'add', '--username', 'epi.taigu', '--role', 'epidemiologist', '--jurisdiction', '140703', '--password-stdin'], { input: 'a long enough password\n' });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('created epidemiologist account epi.taigu for 140703');
    expect(result.stderr + result.stdout).not.toContain('a long enough password');
    const twice = bulwark(['user', 'add', '--username', 'epi.twice', '--role', 'epidemiologist', '--jurisdiction', '140703', '--password-stdin'], { input: 'a long enough password\na long enough password\n' });
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('--password-stdin: the password must be one line');
    expect(twice.stderr + twice.stdout).not.toContain('a long enough password');
    const outside = bulwark(['user', 'add', '--username', 'x.y', '--role', 'epidemiologist', '--jurisdiction', 'NOWHERE']);
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('jurisdictionCode');
  });

  test('audit verify reports an intact chain', () => {
    const result = bulwark(['audit', 'verify']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/audit log intact: \d+ records verified/);
  });

  test('posters are written for every venue of a jurisdiction, and printing again issues no second code', () => {
    const places = ['ref,kind,parent_ref,jurisdiction_code,name,venue_type', 'poster-shop,venue,,140703001001,海报超市,supermarket', 'poster-clinic,venue,,140703001001,海报药店,pharmacy', 'poster-yard,compound,,140703001001,海报小区,'];
    expect(bulwark(['import', 'places', file('poster-places.csv', places.join('\n'))]).status).toBe(0);
    const out = join(dataDir, 'posters');
    const run = () => bulwark(['posters', '--jurisdiction', '140703001001', '--origin', 'https://bulwark.example.gov.cn/console', '--out', out]);
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ venues: 2, issued: 2 });
    expect(readdirSync(out).sort()).toEqual(['poster-clinic.svg', 'poster-shop.svg']);
    expect(readFileSync(join(out, 'poster-shop.svg'), 'utf8')).toContain('海报超市');
    expect(JSON.parse(run().stdout)).toEqual({ venues: 2, issued: 0 });
    const wrong = bulwark(['posters', '--jurisdiction', '140703001001', '--origin', 'bulwark.example', '--out', out]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--origin: must be an http or https address');
  });
});
