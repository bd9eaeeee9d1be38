import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvLine } from '../platform/csv.ts';

/** Writes lines to a file in large blocks, so that millions of rows stream without holding them all. */
export class LineWriter {
  private readonly descriptor: number;
  private buffer: string[] = [];
  private size = 0;
  lines = 0;

  constructor(path: string) {
    this.descriptor = openSync(path, 'w');
  }

  write(line: string): void {
    this.buffer.push(line);
    this.size += line.length;
    this.lines++;
    if (this.size > 1 << 20) this.flush();
  }

  csv(fields: (string | number | null | undefined)[]): void {
    this.write(csvLine(fields));
  }

  flush(): void {
    if (this.buffer.length === 0) return;
    writeSync(this.descriptor, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.descriptor);
  }
}

export function outputFolder(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}

export function outputPath(folder: string, name: string): string {
  return join(folder, name);
}
