/**
 * npm run admin:create -- --email you@example.org [--name "Your Name"]
 *
 * Creates an administrator account in DATABASE_PATH (migrating it first), via
 * the createUser command, as actor `cli`. The password is asked for twice on
 * the terminal, without echo; for scripts, set ADMIN_PASSWORD instead (it
 * must be at least 12 characters). Exit code 0 on success, 1 on any error.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { ConfigError, readConfig } from "@/lib/config";
import { DomainError } from "@/lib/commands/context";
import { messagesFor } from "@/lib/i18n";
import { CLI_ACTOR, PermissionError, createUser } from "@/lib/commands/users";

const USAGE = `Usage: npm run admin:create -- --email you@example.org [--name "Your Name"]
The password is asked for on the terminal, or read from ADMIN_PASSWORD.`;

function fail(message: string): never {
  console.error(`Error: ${message}`);
  process.exit(1);
}

/** Reads one line from the terminal without showing what is typed. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stdout.write(prompt);
    let value = "";
    const done = (err?: Error) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stdout.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") return done();
        if (ch === "\u0003") return done(new Error("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) fail("no terminal to ask for the password: set ADMIN_PASSWORD.");
  let first: string;
  let second: string;
  try {
    first = await askHidden("Password (at least 12 characters): ");
    second = await askHidden("Same password again: ");
  } catch {
    fail("cancelled; no account was created.");
  }
  if (first !== second) fail("the two passwords differ; no account was created.");
  return first;
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
    }));
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.email) fail(`name the account's email address with --email.\n${USAGE}`);

  let config;
  try {
    config = readConfig();
  } catch (err) {
    fail(err instanceof ConfigError ? err.message : String(err));
  }
  const password = await readPassword();

  const db = openDatabase(config.databasePath);
  try {
    migrateDatabase(db);
    const id = await createUser({ db, actor: { name: CLI_ACTOR } }, { email: values.email, name: values.name, role: "admin", password });
    console.log(`Created administrator ${values.email.trim().toLowerCase()} (account ${id}) in ${config.databasePath}.`);
  } catch (err) {
    if (err instanceof DomainError) {
      const details = err.issues.map((i) => `  ${i.path ? `${i.path === "password" ? "password" : `--${i.path}`}: ` : ""}${i.message}`);
      fail(
        `no account was created.\n${details.length ? details.join("\n") : `  ${messagesFor("en").errors.refusal(err.code, err.params)}`}`,
      );
    }
    if (err instanceof PermissionError) fail(err.message);
    throw err;
  } finally {
    db.$client.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
