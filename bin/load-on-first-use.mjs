// An esbuild plugin for the CLI build: the named packages are not bundled but replaced by a
// stand-in that require()s the real package from node_modules the first time anything is read
// from it. For packages a bundled dependency requires when it loads but uses only on a path a
// command may never take, so that the command does not compile them at start.

/**
 * The stand-in's source. It answers as an ES module whose default export is the package, which
 * is what TypeScript's import helpers (__importStar, __importDefault) make of a CommonJS package:
 * they check `__esModule` as soon as the requiring module loads, and must get their answer without
 * loading the package. Any other read, call or key listing loads it.
 */
function standIn(name) {
  return `let real
const load = () => (real ??= require(${JSON.stringify(name)}))
const read = (key) => (key === '__esModule' ? true : key === 'default' ? load() : load()[key])
module.exports = new Proxy({}, {
  get: (_, key) => read(key),
  has: (_, key) => key === '__esModule' || key === 'default' || key in load(),
  ownKeys: () => [...new Set(['__esModule', 'default', ...Reflect.ownKeys(load())])],
  getOwnPropertyDescriptor: (_, key) =>
    key === '__esModule' || key === 'default' || Object.hasOwn(load(), key)
      ? { configurable: true, enumerable: true, writable: false, value: read(key) }
      : undefined,
})
`
}

/** @param {string[]} names packages (exact specifiers) to load on first use */
export function loadOnFirstUse(names) {
  const filter = new RegExp(`^(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`)
  return {
    name: 'load-on-first-use',
    setup(build) {
      build.onResolve({ filter }, (args) =>
        // The stand-in's own require() is the real package, left for Node to resolve at run time.
        args.namespace === 'first-use'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'first-use' },
      )
      build.onLoad({ filter: /.*/, namespace: 'first-use' }, (args) => ({
        contents: standIn(args.path),
        loader: 'js',
      }))
    },
  }
}
