import { z } from 'zod';
import rawVersions from '../versions.json';

const releaseVersion = z.string().regex(/^\d+\.\d+\.\d+$/, 'expected MAJOR.MINOR.PATCH');

const versionsSchema = z
  .object({
    /** Tag of github.com/temporalio/cli built with `go install` (1.5.1 is the last go-installable one). */
    temporalCli: releaseVersion,
    /** Apache Kafka broker (org.apache.kafka:kafka_<scalaBinary>). */
    kafka: releaseVersion,
    /** Scala binary version of the Kafka core artifact. */
    scalaBinary: z.string().regex(/^\d+\.\d+$/, 'expected MAJOR.MINOR'),
    /** Tag of github.com/FerretDB/FerretDB. */
    ferretdb: releaseVersion,
    /** io.temporal:temporal-test-server (the Java SDK's time-skipping server). */
    temporalTestServer: releaseVersion,
    /** Major version of Debian's PostgreSQL (`postgresql-<major>`), FerretDB's backend. */
    postgresql: z.string().regex(/^\d+$/, 'expected a major version, e.g. 15'),
    /**
     * Major version of Debian's `chromium` the browser tests were written against; a check, not a
     * pin (Debian keeps only the latest chromium build in its archive; see chromium.install.ts).
     */
    chromium: z.string().regex(/^\d+$/, 'expected a major version, e.g. 156'),
  })
  .strict();

/** The pinned server versions from `tools/stack/versions.json`, the only place they are set. */
export type StackVersions = z.infer<typeof versionsSchema>;

/**
 * Validates `tools/stack/versions.json`. A malformed file fails here, before anything is
 * downloaded into a cache directory named after a bad version.
 */
export function stackVersions(): StackVersions {
  const parsed = versionsSchema.safeParse(rawVersions);
  if (!parsed.success) {
    throw new Error(`tools/stack/versions.json is invalid: ${parsed.error.message}`);
  }
  return parsed.data;
}
