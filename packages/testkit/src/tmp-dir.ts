/** Temporary directories for tests that write files (plans, imports, reports). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A fresh directory under the system's temporary directory, and a function
 * that removes it with everything in it.
 *
 * @param prefix - the start of the directory's name, to tell whose it is (`ivp-cli-`)
 */
export async function temporaryDirectory(
  prefix = "ivp-test-",
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
