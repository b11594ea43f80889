/** Serves the built site at http://127.0.0.1:4173 (or PORT) for a local look. */
import { fileURLToPath } from "node:url";
import { serveStatic } from "./lib/static-server.ts";

const DIST = fileURLToPath(new URL("../.vitepress/dist", import.meta.url));
const server = await serveStatic(DIST, Number(process.env.PORT ?? 4173));
console.log(`docs: serving ${DIST} at ${server.url} (Ctrl-C stops)`);
