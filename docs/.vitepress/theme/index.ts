// The default VitePress theme with this site's overrides (custom.css): colours
// that reach the WCAG contrast the default misses, and tables that scroll
// inside the page instead of widening it.
import type { Theme } from "vitepress";
import DefaultTheme from "vitepress/theme";
import { defineAsyncComponent } from "vue";
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
} satisfies Theme;
