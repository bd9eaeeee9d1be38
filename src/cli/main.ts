import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Command, Option } from 'commander';
import { buildApp } from '../app.ts';
import { importCheckinsCsv } from '../checkins/import.ts';
import { purgeExpiredCheckins } from '../checkins/purge.ts';
import { importChina, importJurisdictionsCsv } from '../jurisdictions/service.ts';
import { chinaLevels, type ChinaLevel } from '../jurisdictions/model.ts';
import { importPeopleCsv } from '../people/import.ts';
import { importPlacesCsv } from '../places/service.ts';
import { createAccount } from '../platform/auth/accounts.ts';
import { systemActor } from '../platform/auth/actor.ts';
import { roles, type Role } from '../platform/auth/roles.ts';
import { verifyAuditChain } from '../platform/audit/service.ts';
import { scheduleRecurring } from '../platform/jobs/scheduler.ts';
import { startPlatform } from '../platform/bootstrap.ts';
import { prepareFirstStart } from './first-start.ts';
import { loadConfig, type ConfigInput } from '../platform/config.ts';
import type { Platform } from '../platform/context.ts';
import { BulwarkError } from '../platform/errors.ts';
import type { ImportReport } from '../platform/imports.ts';
import { writeCountyFiles } from '../sim/county-files.ts';
import { DEMO_COUNTY, loadDemoCounty } from '../sim/demo.ts';
import { synthesizeCounty } from '../sim/synthesize.ts';
import { BUILT_IN_PROFILES, loadDiseaseProfile } from '../sim/disease.ts';
import { runSimulation } from '../sim/run.ts';
import { venueCodeImageFormats } from '../venue-codes/model.ts';
import { writeVenuePosters } from '../venue-codes/posters.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

const program = new Command('bulwark')
  .description('Bulwark: outbreak prevention and response platform')
  .option('--database-url <url>', 'sqlite:<file> or postgres://… (env BULWARK_DATABASE_URL; default sqlite:./data/bulwark.db)')
  .option('--data-dir <dir>', 'folder for the embedded database and generated key (env BULWARK_DATA_DIR; default ./data)')
  .option('--secret-key <key>', 'root key, 64+ hex digits (env BULWARK_SECRET_KEY; generated in the data folder for SQLite)')
  .option('--log-level <level>', 'fatal, error, warn, info, debug, trace or silent (env BULWARK_LOG_LEVEL)')
  .showHelpAfterError();

function configFrom(command: Command, extra: ConfigInput = {}) {
  return loadConfig({ ...(command.optsWithGlobals() as ConfigInput), ...extra });
}

/** Runs a command against the platform and always closes the database. */
async function withPlatform<T>(command: Command, work: (platform: Platform) => Promise<T>): Promise<T> {
  const platform = await startPlatform(configFrom(command), say);
  try {
    return await work(platform);
  } finally {
    await platform.database.close();
  }
}

function printReport(report: ImportReport): void {
  say(`received ${report.received}, inserted ${report.inserted}, unchanged ${report.unchanged}, rejected ${report.rejected.length}`);
  for (const error of report.rejected.slice(0, 200)) say(`  row ${error.row}: ${error.field}: ${error.problem}`);
  if (report.rejected.length > 200) say(`  … and ${report.rejected.length - 200} more`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  if (report.rejected.length > 0) process.exitCode = 3;
}

program
  .command('serve')
  .description('Run the HTTP server (migrates the database and loads the jurisdictions on first start)')
  .option('--port <port>', 'port to listen on (env BULWARK_PORT; default 8080)')
  .option('--host <host>', 'address to listen on (env BULWARK_HOST; default 127.0.0.1)')
  .option('--trust-proxy', 'trust X-Forwarded-* headers from a reverse proxy (env BULWARK_TRUST_PROXY)')
  .option('--map-tiles <url>', 'XYZ raster tile URL template ({z}/{x}/{y}) under the console map (env BULWARK_MAP_TILES; default: none, the map works offline)')
  .action(async (options: { port?: string; host?: string; trustProxy?: boolean; mapTiles?: string }, command: Command) => {
    const config = configFrom(command, { port: options.port, host: options.host, trustProxy: options.trustProxy, mapTiles: options.mapTiles });
    const platform = await startPlatform(config, say);
    await prepareFirstStart(platform, config.dataDir, say);
    // A restored or long-stopped database purges expired check-ins before it serves (SECURITY.md goals 6 and 11).
    const purged = await purgeExpiredCheckins(platform, platform.clock.now());
    say(`retention purge: ${purged.checkins} check-ins, ${purged.feverFlags} fever flags, ${purged.people} person keys removed`);
    const app = await buildApp(platform, { logLevel: config.logLevel, trustProxy: config.trustProxy, mapTiles: config.mapTiles });
    const stopJobs = scheduleRecurring([{ name: 'checkins.purge', everyMs: 24 * 60 * 60 * 1000, run: () => purgeExpiredCheckins(platform, platform.clock.now()) }], app.log);
    const stop = async () => {
      stopJobs();
      await app.close();
      await platform.database.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await app.listen({ port: config.port, host: config.host });
    say(`Bulwark is serving on http://${config.host}:${config.port} (${platform.database.dialect})`);
  });

program
  .command('migrate')
  .description('Create or upgrade the database schema, then exit')
  .action(async (_options, command: Command) => withPlatform(command, async () => {
    say('database is up to date');
  }));

const user = program.command('user').description('Manage accounts');
user
  .command('add')
  .description('Create an account; the password is read from standard input with --password-stdin, or generated and printed')
  .requiredOption('--username <name>', 'login name')
  .addOption(new Option('--role <role>', 'role').choices(roles as unknown as string[]).makeOptionMandatory())
  .option('--jurisdiction <code>', 'jurisdiction the account is bound to (staff)')
  .option('--person <id>', 'person record the account is bound to (citizen)')
  .option('--display-name <name>', 'name shown in the console')
  .option('--password-stdin', 'read the password from standard input')
  .action(async (options: { username: string; role: Role; jurisdiction?: string; person?: string; displayName?: string; passwordStdin?: boolean }, command: Command) => {
    const password = options.passwordStdin ? (await readStdin()).trim() : randomBytes(12).toString('base64url');
    // A second line (the password typed twice, as some tools ask) would otherwise become part of the password.
    if (/[\r\n]/.test(password)) throw new BulwarkError('BULWARK_VALIDATION', '--password-stdin: the password must be one line; give it once');
    await withPlatform(command, async (platform) => {
      const account = await createAccount(platform, systemActor('cli'), {
        username: options.username,
        displayName: options.displayName ?? options.username,
        password,
        role: options.role,
        jurisdictionCode: options.jurisdiction,
        personId: options.person,
      });
      say(`created ${account.role} account ${account.username}${account.jurisdictionCode ? ` for ${account.jurisdictionCode}` : ''}`);
      if (!options.passwordStdin) say(`password: ${password}`);
    });
  });

const importCommand = program.command('import').description('Import data files (CSV); bad rows are reported, good rows kept, re-runs add nothing twice');
importCommand
  .command('jurisdictions')
  .description('Import China’s divisions from the bundled data (--china) or any hierarchy from a CSV (code,name,parent_code,level[,time_zone])')
  .argument('[file]', 'CSV file')
  .option('--china', 'load China’s administrative divisions (GB/T 2260 codes)')
  .addOption(new Option('--down-to <level>', 'with --china: depth loaded everywhere').choices(chinaLevels.slice(1) as unknown as string[]).default('county'))
  .option('--full-depth-within <codes>', 'with --china: comma-separated codes loaded down to villages', '')
  .action(async (file: string | undefined, options: { china?: boolean; downTo: ChinaLevel; fullDepthWithin: string }, command: Command) => {
    if (!file && !options.china) throw new BulwarkError('BULWARK_VALIDATION', 'give a CSV file or --china');
    await withPlatform(command, async (platform) => {
      const actor = systemActor('cli');
      const report = options.china
        ? await importChina(platform, actor, { everywhereDownTo: options.downTo, fullDepthWithin: options.fullDepthWithin.split(',').map((code) => code.trim()).filter(Boolean) })
        : await importJurisdictionsCsv(platform, actor, createReadStream(file!));
      printReport(report);
    });
  });
importCommand
  .command('places')
  .description('Import places from a CSV: ref,kind,parent_ref,jurisdiction_code,name,venue_type,address,latitude,longitude,outline')
  .argument('<file>', 'CSV file')
  .action(async (file: string, _options, command: Command) => withPlatform(command, async (platform) => printReport(await importPlacesCsv(platform, systemActor('cli'), createReadStream(file)))));
importCommand
  .command('people')
  .description('Import people from a CSV: name,document_type,document_number,jurisdiction_code,phone,birth_date,sex,household_ref,affiliation_ref[,affiliation_group],priority_groups')
  .argument('<file>', 'CSV file')
  .action(async (file: string, _options, command: Command) => withPlatform(command, async (platform) => printReport(await importPeopleCsv(platform, systemActor('cli'), createReadStream(file)))));

importCommand
  .command('checkins')
  .description('Import check-ins from a CSV: id,person_document,venue_ref,entered_at,exited_at,temperature (the simulator’s checkins.csv)')
  .argument('<file>', 'CSV file')
  .action(async (file: string, _options, command: Command) =>
    withPlatform(command, async (platform) => {
      const report = await importCheckinsCsv(platform, systemActor('cli'), createReadStream(file));
      if (report.updated > 0) say(`exits filled in: ${report.updated}`);
      printReport(report);
    }),
  );

program
  .command('posters')
  .description('Write a check-in code poster for every venue of a jurisdiction (one file per venue, named by its import reference), issuing a code where a venue has none; a re-run issues nothing more')
  .requiredOption('--jurisdiction <code>', 'the jurisdiction whose venues get posters')
  .requiredOption('--origin <url>', 'where residents’ phones reach the platform: the printed code opens <origin>/scan#<token>')
  .requiredOption('--out <folder>', 'folder for the poster files')
  .option('--format <format>', 'svg or png', 'svg')
  .action(async (options: { jurisdiction: string; origin: string; out: string; format: string }, command: Command) => {
    const format = venueCodeImageFormats.find((each) => each === options.format);
    if (!format) throw new BulwarkError('BULWARK_VALIDATION', `--format: must be one of ${venueCodeImageFormats.join(', ')}`);
    const origin = parseOrigin(options.origin);
    await withPlatform(command, async (platform) => {
      const report = await writeVenuePosters(platform, systemActor('cli'), { jurisdictionCode: options.jurisdiction, origin, format, folder: options.out }, say);
      say(`${report.venues.toLocaleString('en-US')} posters written to ${options.out}; ${report.issued.toLocaleString('en-US')} codes issued now`);
      process.stdout.write(`${JSON.stringify(report)}\n`);
    });
  });

program
  .command('purge')
  .description('Delete check-ins and fever flags past their retention (the protocol in force, 28 days by default); `serve` runs this daily')
  .action(async (_options, command: Command) =>
    withPlatform(command, async (platform) => {
      const report = await purgeExpiredCheckins(platform, platform.clock.now());
      say(`removed ${report.checkins} check-ins, ${report.feverFlags} fever flags and ${report.people} person keys${report.partitionsDropped.length > 0 ? `; dropped ${report.partitionsDropped.join(', ')}` : ''}`);
    }),
  );

function parseCenter(text: string | undefined): [number, number] | undefined {
  if (!text) return undefined;
  const [lon, lat] = text.split(',').map(Number);
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat!) > 90 || Math.abs(lon!) > 180) {
    throw new BulwarkError('BULWARK_VALIDATION', '--center: must be longitude,latitude in degrees, for example 112.55,37.42');
  }
  return [lon!, lat!];
}

function parsePersons(text: string): number {
  const persons = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(persons) || persons < 1 || persons > 20_000_000) throw new BulwarkError('BULWARK_VALIDATION', '--persons: must be a whole number from 1 to 20,000,000');
  return persons;
}

function parseDay(text: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) throw new BulwarkError('BULWARK_VALIDATION', '--start: must be a date as YYYY-MM-DD');
  return text;
}

interface SimulateOptions {
  county: string;
  persons: string;
  seed: string;
  start: string;
  center?: string;
}

/** The options that choose a county; `startHelp` says what --start dates, which differs between simulate and demo. */
const countyOptions = (command: Command, startHelp: string) =>
  command
    .option('--county <code>', 'GB/T 2260 code of the county to populate', DEMO_COUNTY.countyCode)
    .option('--persons <count>', 'how many people', String(DEMO_COUNTY.persons))
    .option('--seed <seed>', 'random seed: the same seed gives byte-identical output', DEMO_COUNTY.seed)
    .option('--start <date>', startHelp, DEMO_COUNTY.startDate)
    .option('--center <lon,lat>', 'county centre, for counties the simulator has no centre for');

/** The origin of an http(s) URL, as printed codes point at it. */
function parseOrigin(text: string): string {
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
  } catch {
    // reported below
  }
  throw new BulwarkError('BULWARK_VALIDATION', '--origin: must be an http or https address, such as https://bulwark.example.gov.cn');
}

function toCountyOptions(options: SimulateOptions) {
  return { countyCode: options.county, persons: parsePersons(options.persons), seed: options.seed, startDate: parseDay(options.start), center: parseCenter(options.center) };
}

countyOptions(
  program
    .command('simulate')
    .description('Simulate a county (its real divisions, people, dwellings and key places) into files that `bulwark import` reads')
    .requiredOption('--out <folder>', 'folder for the output files')
    .option('--days <days>', 'days of daily life and outbreak to simulate (0: the county only)', '0')
    .option('--profile <name or file>', `disease profile: ${BUILT_IN_PROFILES.join(', ')}, or a profile file`, 'omicron')
    .option('--imported-cases <count>', 'infections brought in from outside on day 0', '5'),
  'first simulated day, YYYY-MM-DD (ages are as of this day)',
).action(async (options: SimulateOptions & { out: string; days: string; profile: string; importedCases: string }) => {
  const started = Date.now();
  const days = Number(options.days);
  const importedCases = Number(options.importedCases);
  if (!Number.isInteger(days) || days < 0 || days > 366) throw new BulwarkError('BULWARK_VALIDATION', '--days: must be a whole number from 0 to 366');
  if (!Number.isInteger(importedCases) || importedCases < 0) throw new BulwarkError('BULWARK_VALIDATION', '--imported-cases: must be a whole number');
  const county = await synthesizeCounty(toCountyOptions(options));
  say(`${county.frame.name} (${county.frame.code}): ${county.people.count.toLocaleString('en-US')} people in ${county.people.householdCount.toLocaleString('en-US')} households, ${county.activities.venues.length.toLocaleString('en-US')} key places`);
  if (days === 0) writeCountyFiles(county, options.out);
  else {
    const simulation = runSimulation(county, loadDiseaseProfile(options.profile), options.out, {
      days,
      importedCases,
      seed: options.seed,
      onDay: (outcome, state) => say(`day ${outcome.day + 1}/${days} (${state.dateOf(outcome.day)}): ${outcome.visits.count.toLocaleString('en-US')} visits, ${state.infections.length.toLocaleString('en-US')} infected so far`),
    });
    say(`${simulation.infections.length.toLocaleString('en-US')} infections in ${days} days; ground truth in ${join(options.out, 'truth')}`);
  }
  say(`written to ${options.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

countyOptions(
  program
    .command('demo')
    .description(
      'Simulate a county and load it into the platform through the import paths, with an outbreak over the days before today: its check-ins and a few detected cases (the first start does this for Taigu). --start sets only the day ages are counted on',
    ),
  'the day people’s ages are counted on, YYYY-MM-DD; the outbreak is dated by the clock, over the days before today',
).action(
  async (options: SimulateOptions, command: Command) =>
    withPlatform(command, async (platform) => {
      const county = toCountyOptions(options);
      await importChina(platform, systemActor('demo'), { everywhereDownTo: 'county', fullDepthWithin: [county.countyCode] });
      const folder = join(configFrom(command).dataDir, `demo-${county.countyCode}-${county.seed}-${county.persons}`);
      await loadDemoCounty(platform, folder, say, county);
    }),
);

program
  .command('audit')
  .description('Audit log tools')
  .command('verify')
  .description('Re-compute the audit hash chain and report every modified, deleted or reordered record')
  .action(async (_options, command: Command) =>
    withPlatform(command, async (platform) => {
      const result = await verifyAuditChain(platform.database.db);
      for (const problem of result.problems) say(`record ${problem.seq}: ${problem.problem}`);
      say(result.problems.length === 0 ? `audit log intact: ${result.checked} records verified` : `audit log TAMPERED: ${result.problems.length} problems in ${result.checked} records`);
      if (result.problems.length > 0) process.exitCode = 4;
    }),
  );

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  say(error instanceof BulwarkError ? `${error.message}${error.issues.length > 0 && !error.message.includes(':') ? `: ${error.issues.map((issue) => `${issue.field} ${issue.problem}`).join('; ')}` : ''}` : `error: ${(error as Error).message}`);
  process.exitCode = error instanceof BulwarkError && error.code === 'BULWARK_CONFIG' ? 2 : 1;
}
