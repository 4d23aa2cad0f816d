import path from "node:path";
import { z } from "zod";

/**
 * Runtime configuration, read from the environment and validated once.
 * A bad value stops the program with a message naming the variable.
 */
const configSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/tracker.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
});

export type Config = {
  databasePath: string;
  port: number;
  host: string;
};

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse({
    DATABASE_PATH: env.DATABASE_PATH || undefined,
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return {
    databasePath: path.resolve(parsed.data.DATABASE_PATH),
    port: parsed.data.PORT,
    host: parsed.data.HOST,
  };
}
