import { z } from 'zod';

/** A configuration problem found at boot: names every missing or bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; rule: string }[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p.variable}: ${p.rule}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates an app's configuration from the environment, once, at boot. Throws
 * {@link ConfigError} naming every bad variable, not just the first.
 */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((i) => ({
        variable: String(i.path[0] ?? '(environment)'),
        rule: i.code === 'invalid_type' && i.received === 'undefined' ? 'is required but not set' : i.message,
      })),
    );
  }
  return result.data;
}

/** The variables a config shape requires (no default, not optional): what a deployment must set. */
export function requiredVariables(shape: z.ZodRawShape): string[] {
  return Object.entries(shape)
    .filter(([, schema]) => !schema.isOptional())
    .map(([name]) => name);
}

const hostPort = /^[^\s:,]+:\d{1,5}$/;

/** Shared variable schemas, so every app validates the same variable the same way. */
export const env = {
  port: (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback),
  temporalAddress: z.string().regex(hostPort, 'must be host:port'),
  temporalNamespace: z.string().min(1).default('default'),
  taskQueue: z.string().min(1).default('duban'),
  kafkaBrokers: z
    .string()
    .min(1)
    .transform((s) => s.split(',').map((b) => b.trim()))
    .refine((bs) => bs.every((b) => hostPort.test(b)), 'must be a comma-separated list of host:port'),
  mongodbUri: z.string().regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// URI'),
  jwtSecret: z.string().min(32, 'must be at least 32 characters'),
};
