import { chromium } from "playwright-core";
const [file, prefix, ...selectors] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
await page.goto("file://" + file);
let i = 0;
for (const s of selectors) { await page.locator(s).first().screenshot({ path: `${prefix}-${i++}.png` }); }
await browser.close();
