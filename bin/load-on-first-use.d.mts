import type { Plugin } from 'esbuild'
/** An esbuild plugin: these packages load from node_modules when first used (see the .mjs). */
export declare function loadOnFirstUse(names: string[]): Plugin
