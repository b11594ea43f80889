/** The languages ivp writes: Dutch (the default) and English. */
export type Language = "nl" | "en";

/** All supported languages, Dutch first. */
export const LANGUAGES: readonly Language[] = ["nl", "en"];
