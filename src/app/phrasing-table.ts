// Bundled and run by bin/build.mjs, which writes this table into the CLI bundle as
// built-features.ts: every declared phrasing of the command table with its features.
import { phrasingTable } from '../language/phrasing-features.ts'
import { allCommands } from './command-table.ts'

export const table = phrasingTable(allCommands)
