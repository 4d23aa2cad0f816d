import fs from "node:fs";
import path from "node:path";

/**
 * The processes that have a database file open (the file, its -wal or its
 * -shm), other than this one: a running server (which keeps its connection
 * from its first request on), an import, a sqlite3 shell. Read from
 * /proc/<pid>/fd, which names every file a process holds, whatever port or
 * configuration it was started with; so it answers "is anyone using this
 * database", which is what a restore must know, where probing HOST:PORT would
 * answer "is something listening there" (another app, or a server on another
 * database) and a pid file would go stale when a server is killed.
 *
 * Returns null where it cannot tell (no /proc: not Linux). Processes of other
 * users are not visible unless run as root; the server normally runs as the
 * user who restores its database.
 */
export function processesHolding(file: string): number[] | null {
  const proc = "/proc";
  if (!fs.existsSync(path.join(proc, "self", "fd"))) return null;
  const targets = new Set(["", "-wal", "-shm"].map((suffix) => path.resolve(file) + suffix));
  const holders: number[] = [];
  for (const entry of fs.readdirSync(proc)) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = fs.readdirSync(path.join(proc, entry, "fd"));
    } catch {
      continue; // gone meanwhile, or another user's
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = fs.readlinkSync(path.join(proc, entry, "fd", fd));
      } catch {
        continue;
      }
      if (targets.has(target)) {
        holders.push(pid);
        break;
      }
    }
  }
  return holders;
}
