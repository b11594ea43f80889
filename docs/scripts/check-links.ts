/**
 * Checks every internal link of the built site (no network). Run after the
 * build: `pnpm --filter @ivp/docs check-links`. Exits 1 on a broken link.
 */
import { fileURLToPath } from "node:url";
import { checkLinks } from "./lib/check-links.ts";

const DIST = fileURLToPath(new URL("../.vitepress/dist", import.meta.url));
const broken = await checkLinks(DIST, { base: process.env.IVP_DOCS_BASE ?? "/" });
for (const link of broken) console.error(`${link.page}: ${link.reason} ${link.href}`);
console.log(`check-links: ${broken.length} broken internal link(s)`);
process.exit(broken.length === 0 ? 0 : 1);
