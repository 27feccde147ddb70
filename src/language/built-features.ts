// The declared phrasings' features as the build read them (phrasing-features.ts): bin/build.mjs
// replaces this module in the bundle with the table, so a built process skips reading them at
// start. Run from the sources (tests, tsx) there is none, and the model reads each phrasing.
export const BUILT_FEATURES: ReadonlyMap<string, readonly string[]> | undefined = undefined
