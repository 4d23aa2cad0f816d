import "server-only";
import { sqliteTable, text, integer, index } from "drizzle-orm/sqlite-core";
import { LOGIN_OUTCOMES, ROLES } from "../../lib/domain/vocabulary";

export { LOGIN_OUTCOMES, ROLES, type LoginOutcome, type Role } from "../../lib/domain/vocabulary";

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name"),
  role: text("role", { enum: ROLES }).notNull(),
  passwordHash: text("password_hash").notNull(),
  createdAt: text("created_at").notNull(),
  disabledAt: text("disabled_at"),
});

/** Sessions live in the database so they can be revoked. `id` is a hash of the cookie token. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/**
 * Sign-in attempts, for throttling (lib/auth/sign-in.ts). Not history: rows
 * older than a day are pruned. `email` is the normalized address typed, whether
 * or not such an account exists, so the lock says nothing about existence.
 * `address` is the client address, kept only when it comes from the trusted
 * proxy header named by TRUSTED_PROXY_HEADER.
 */
export const loginAttempts = sqliteTable(
  "login_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    email: text("email").notNull(),
    address: text("address"),
    outcome: text("outcome", { enum: LOGIN_OUTCOMES }).notNull(),
    attemptedAt: text("attempted_at").notNull(),
  },
  (t) => [
    index("login_attempts_email").on(t.email, t.attemptedAt),
    index("login_attempts_address").on(t.address, t.attemptedAt),
    index("login_attempts_time").on(t.attemptedAt),
  ],
);
