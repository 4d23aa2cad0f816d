import os from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * Unit tests run in Node against real SQLite files (tests/helpers/db.ts):
 * no database is mocked anywhere.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Tests run server modules outside Next: `server-only` is its empty module here, as under Next's react-server condition.
      { find: /^server-only$/, replacement: `${root}/node_modules/server-only/empty.js` },
    ],
  },
  test: {
    root,
    environment: "node",
    include: ["tests/**/*.test.ts"],
    // One fork per core. Vitest's default for `run` is one fewer than the
    // cores, which on the 2-core machines this suite runs on is one: the files
    // then ran one after another (121 s idle; 80 s with two).
    maxWorkers: Math.max(1, os.availableParallelism()),
    // Sized for a loaded 2-core machine, where loading the default data or
    // importing a list takes several times what it takes on an idle one. A
    // passing test never waits for these.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
