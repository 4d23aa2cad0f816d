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
  /**
   * The request header that carries the client's address, set by a reverse
   * proxy you run in front of the app (`x-forwarded-for`, `x-real-ip`). Unset:
   * client addresses are not known, and sign-in limits apply per account only.
   */
  TRUSTED_PROXY_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]+$/, "Name one HTTP header, such as x-forwarded-for")
    .optional(),
});

export type Config = {
  databasePath: string;
  port: number;
  host: string;
  /** Lower-case header name, or undefined when no proxy is trusted. */
  trustedProxyHeader?: string;
};

export class ConfigError extends Error {}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse({
    DATABASE_PATH: env.DATABASE_PATH || undefined,
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    TRUSTED_PROXY_HEADER: env.TRUSTED_PROXY_HEADER || undefined,
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return {
    databasePath: path.resolve(parsed.data.DATABASE_PATH),
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    ...(parsed.data.TRUSTED_PROXY_HEADER ? { trustedProxyHeader: parsed.data.TRUSTED_PROXY_HEADER } : {}),
  };
}
