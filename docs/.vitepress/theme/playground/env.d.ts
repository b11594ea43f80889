// Vite's import.meta.glob (examples.ts), without the whole of vite/client's types.
interface ImportMeta {
  glob(
    patterns: string | string[],
    options: { query: string; import: string },
  ): Record<string, () => Promise<unknown>>;
}

// The playground's single-file component (built by VitePress's Vue plugin).
declare module "*.vue" {
  import type { DefineComponent } from "vue";

  const component: DefineComponent;
  export default component;
}
