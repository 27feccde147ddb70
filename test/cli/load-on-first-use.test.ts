// The CLI build bundles Bolt but leaves express and undici to load on first use
// (bin/load-on-first-use.mjs). A bundle made with that plugin must not load them when it starts,
// and must hand over the real packages, through the same require() and TypeScript import
// helpers Bolt and Socket Mode use, the moment they are used.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadOnFirstUse } from '../../bin/load-on-first-use.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Runs the bundle in a fresh Node and returns what it printed as JSON. */
function run(file: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d
    })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}`))))
  })
}

const ENTRY = `
import { createRequire } from 'node:module'
import consumers from './consumers.cjs'
const real = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})
const loaded = () =>
  Object.keys(real.cache).filter((f) => /node_modules\\/(express|undici)\\//.test(f)).map((f) => f.includes('/express/') ? 'express' : 'undici')
const atStart = [...new Set(loaded())]
const receiver = consumers.expressReceiver()
const afterExpress = [...new Set(loaded())]
const WebSocket = consumers.webSocket()
console.log(JSON.stringify({
  atStart,
  afterExpress,
  afterUndici: [...new Set(loaded())].sort(),
  expressApp: typeof receiver.app === 'function' && typeof receiver.app.use === 'function',
  expressRouter: typeof receiver.router === 'function' && typeof receiver.router.post === 'function',
  sameWebSocket: WebSocket === real('undici').WebSocket,
}))
`

const CONSUMERS = `"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
const express_1 = __importStar(require("express"));
const undici = require("undici");
exports.expressReceiver = () => ({ app: (0, express_1.default)(), router: (0, express_1.Router)() });
exports.webSocket = () => undici.WebSocket;
`

describe('packages loaded on first use in the CLI bundle', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tickler-first-use-'))
    await writeFile(join(dir, 'entry.mjs'), ENTRY)
    // Bolt's compiled ExpressReceiver takes express through TypeScript's __importStar as it loads
    // (the helpers below are tsc's, as in its file); Socket Mode takes undici with a plain require
    // and reads it when it connects.
    await writeFile(join(dir, 'consumers.cjs'), CONSUMERS)
    await build({
      entryPoints: [join(dir, 'entry.mjs')],
      outfile: join(dir, 'out.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      nodePaths: [join(ROOT, 'node_modules')],
      banner: {
        js: `import { createRequire as __r } from 'node:module'; const require = __r(${JSON.stringify(join(ROOT, 'package.json'))});`,
      },
      plugins: [loadOnFirstUse(['express', 'undici'])],
      logLevel: 'error',
    })
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('loads neither at start, then each, real and working, when first used', async () => {
    expect(await run(join(dir, 'out.mjs'))).toEqual({
      atStart: [],
      afterExpress: ['express'],
      afterUndici: ['express', 'undici'],
      expressApp: true,
      expressRouter: true,
      sameWebSocket: true,
    })
  })
})
