import type { TestProject } from 'vitest/node';
import { describeFailure, findPostgresBin, POSTGRES_ROOT, startCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/**
 * Gives the suite a PostgreSQL server: BULWARK_TEST_PG_URL if set, otherwise a throwaway cluster started
 * from the installed server binaries (no service manager involved). Without either, PostgreSQL tests are
 * skipped with a notice, unless BULWARK_REQUIRE_POSTGRES=1 makes that an error.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.BULWARK_TEST_PG_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return () => {};
  }

  const required = process.env.BULWARK_REQUIRE_POSTGRES === '1';
  const bin = findPostgresBin();
  let reason: string;
  if (bin) {
    try {
      const cluster = await startCluster(bin);
      project.provide('postgresUrl', cluster.url);
      return () => cluster.stop();
    } catch (error) {
      reason = `starting a cluster from ${bin} failed: ${describeFailure(error)}`;
    }
  } else {
    reason = `no server binaries under ${POSTGRES_ROOT}/*/bin (apt-get install postgresql) and BULWARK_TEST_PG_URL is not set`;
  }

  if (required) throw new Error(`PostgreSQL is required (BULWARK_REQUIRE_POSTGRES=1) but unavailable: ${reason}`);
  process.stderr.write(`PostgreSQL tests skipped: ${reason}\n`);
  project.provide('postgresUrl', null);
  return () => {};
}
