// The default VitePress theme with this site's overrides (custom.css): colours
// that reach the WCAG contrast the default misses, and tables that scroll
// inside the page instead of widening it.
import DefaultTheme from "vitepress/theme";
import "./custom.css";

export default DefaultTheme;
