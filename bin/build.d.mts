/** The compiled CLI's folder (dist/cli/). */
export declare const OUT_DIR: string
/** Bundles adapters/cli/main.ts into dist/cli/ (see build.mjs). */
export declare function buildCli(): Promise<void>
/** Builds unless dist/ is newer than build.mjs and every source (see build.mjs). */
export declare function buildCliIfStale(): Promise<void>
