/** The build's appsscript.json as the runtime needs it: the script's time zone and its OAuth scopes. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Manifest {
  timeZone: string;
  /** The scopes granted; undefined when the manifest lists none (Apps Script then grants what the code uses). */
  oauthScopes?: ReadonlySet<string>;
}

const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export function readManifest(buildDir: string): Manifest {
  const path = join(buildDir, 'appsscript.json');
  if (!existsSync(path)) return { timeZone: DEFAULT_TIME_ZONE };
  let json: { timeZone?: unknown; oauthScopes?: unknown };
  try {
    json = JSON.parse(readFileSync(path, 'utf8')) as typeof json;
  } catch {
    return { timeZone: DEFAULT_TIME_ZONE };
  }
  const timeZone = typeof json.timeZone === 'string' ? json.timeZone : DEFAULT_TIME_ZONE;
  if (!Array.isArray(json.oauthScopes)) return { timeZone };
  return { timeZone, oauthScopes: new Set(json.oauthScopes.map(String)) };
}
