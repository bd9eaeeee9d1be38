import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openDatabase, type Database } from './database.ts';

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function databaseFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bulwark-checkpoints-'));
  folders.push(folder);
  return join(folder, 'test.db');
}

/** Writes about 8 MiB in one commit: far past the point where a commit would checkpoint by itself. */
function writeMuch(database: Database): void {
  const sqlite = database.sqlite!;
  sqlite.exec('create table filler (id integer primary key, body text)');
  const insert = sqlite.prepare('insert into filler (body) values (?)');
  sqlite.transaction(() => {
    for (let index = 0; index < 2000; index++) insert.run('x'.repeat(4000));
  })();
}

const until = async (condition: () => boolean, ms: number) => {
  for (const started = Date.now(); !condition() && Date.now() - started < ms; ) await new Promise((resolve) => setTimeout(resolve, 50));
};

test('the log is copied into the file by the checkpoint thread, not by the commit', async () => {
  const file = databaseFile();
  const database = openDatabase(`sqlite:${file}`, { backgroundCheckpoints: true });
  try {
    expect(database.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeMuch(database);
    // The commit itself left the rows in the log.
    expect(statSync(file).size).toBeLessThan(1_000_000);
    await until(() => statSync(file).size > 8_000_000, 5000);
    expect(statSync(file).size).toBeGreaterThan(8_000_000);
  } finally {
    await database.close();
  }
});

test('without the thread, commits checkpoint as SQLite does by default', async () => {
  const database = openDatabase(`sqlite:${databaseFile()}`);
  try {
    expect(database.sqlite!.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
  } finally {
    await database.close();
  }
});
