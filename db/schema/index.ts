import "server-only";
export * from "./reference";
export * from "./entities";
export * from "./designations";
export * from "./controls";
export * from "./events";
export * from "./auth";
export * from "./history";
export * from "./imports";
