#!/usr/bin/env node
import { resolve } from 'node:path'
// Runs one TypeScript script (bench, packaging) through tsx without a global install.
import { pathToFileURL } from 'node:url'
import { register } from 'tsx/esm/api'

register()
const [script, ...rest] = process.argv.slice(2)
process.argv = [process.argv[0], script, ...rest]
await import(pathToFileURL(resolve(script)).href)
