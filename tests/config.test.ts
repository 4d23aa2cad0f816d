import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "@/lib/config";

describe("readConfig", () => {
  it("applies the defaults", () => {
    expect(readConfig({})).toEqual({
      databasePath: path.resolve("data/tracker.db"),
      port: 3000,
      host: "127.0.0.1",
    });
  });

  it("treats empty values as unset", () => {
    expect(readConfig({ PORT: "", HOST: "", DATABASE_PATH: "" }).port).toBe(3000);
  });

  it("reads the environment", () => {
    expect(readConfig({ DATABASE_PATH: "/tmp/x/tracker.db", PORT: "3210", HOST: "0.0.0.0" })).toEqual({
      databasePath: "/tmp/x/tracker.db",
      port: 3210,
      host: "0.0.0.0",
    });
  });

  it("names the variable in a clear ConfigError for PORT=abc", () => {
    expect(() => readConfig({ PORT: "abc" })).toThrow(ConfigError);
    expect(() => readConfig({ PORT: "abc" })).toThrow(/Invalid configuration[\s\S]*PORT/);
  });

  it("refuses a port out of range", () => {
    expect(() => readConfig({ PORT: "70000" })).toThrow(ConfigError);
  });
});
