/** The languages of the interface: Bahasa Indonesia first (shipped with the app), English on demand. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
