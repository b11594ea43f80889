// The default VitePress theme with this site's overrides (custom.css): colours
// that reach the WCAG contrast the default misses, in the light and the dark
// theme, and tables that scroll inside the page instead of widening it.
import type { Theme } from "vitepress";
import { onContentUpdated } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { defineAsyncComponent, onMounted, onUnmounted } from "vue";
import { markScrollingTables } from "./scrolling-tables.ts";
import "./custom.css";

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    // The playground (docs/playground.md) and its editor are a chunk of their
    // own, fetched only when a page renders <IvpPlayground />.
    app.component(
      "IvpPlayground",
      defineAsyncComponent(() => import("./playground/IvpPlayground.vue")),
    );
  },
  setup() {
    // A table wider than the screen scrolls in its own box; the keyboard can
    // scroll it only if it can be focused (WCAG 2.1.1; axe-core's
    // scrollable-region-focusable). Marked after every page and on resize.
    const mark = () => markScrollingTables(document);
    onContentUpdated(mark);
    onMounted(() => {
      mark();
      window.addEventListener("resize", mark);
    });
    onUnmounted(() => window.removeEventListener("resize", mark));
  },
} satisfies Theme;
