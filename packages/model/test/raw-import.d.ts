// Vite's `?raw` imports: the file's text.
declare module "*?raw" {
  const text: string;

  // biome-ignore lint/style/noDefaultExport: the shape Vite gives a `?raw` import.
  export { text as default };
}
