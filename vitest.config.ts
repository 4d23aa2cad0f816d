import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Unit tests run in Node against real SQLite files (tests/helpers/db.ts):
 * no database is mocked anywhere.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^@\//, replacement: `${root}/` }],
  },
  test: {
    root,
    environment: "node",
    include: ["tests/**/*.test.ts"],
    // Loading the default data takes a moment on a slow machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
