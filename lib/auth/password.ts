import "server-only";
import { hash, verify, type Options } from "@node-rs/argon2";

/**
 * Password hashing: argon2id (RFC 9106) through @node-rs/argon2, a prebuilt
 * native binding (no compiler needed at install).
 *
 * Parameters: 19 MiB of memory, 2 passes, 1 lane. This is the first of the
 * OWASP Password Storage Cheat Sheet's equivalent argon2id settings
 * (m=19456 KiB, t=2, p=1): strong against GPU cracking, yet about 50 ms on
 * one core, so a few sign-ins at once do not starve a small server of memory
 * or CPU (each hash holds 19 MiB while it runs). The parameters are written
 * into every hash (`$argon2id$v=19$m=19456,t=2,p=1$…`), so raising them later
 * leaves existing hashes verifiable.
 */
const OPTIONS: Options = {
  // 2 is Argon2id: the library's `Algorithm` is an ambient const enum, which isolatedModules cannot read.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** The PHC string of a new salted argon2id hash of `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Whether `password` matches `stored`. A malformed stored hash is a mismatch, never an exception. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody knows, verified when the account typed does not
 * exist, so that "no such account" takes as long as "wrong password".
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not a password: this account does not exist");
  return dummyHash;
}
