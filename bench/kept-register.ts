// A register folder kept between runs (it holds `store/`, as bench/retained.ts leaves it) and the
// 43 Slack commands bench/harness.ts sends to `serve` on it: 40 vendor cards, renewals, risk due
// and agenda. For the scripts that measure one `serve` at a time on the same files.
import { join } from 'node:path'
import { openJsonStore } from '../src/store/json-store.ts'

export async function keptRegister(
  dir: string | undefined,
): Promise<{ source: string; vendors: number; commands: [string, string][] }> {
  if (!dir) throw new Error('--dir: a folder holding store/ (see bench/retained.ts)')
  const source = join(dir, 'store')
  const reader = await openJsonStore(source)
  const names = reader.all('vendors').map((v) => v.name)
  await reader.close()
  const commands: [string, string][] = []
  for (let i = 0; i < 40; i++) commands.push(['/vendor', names[(i * 131) % names.length]!])
  commands.push(['/renewals', '90 days'], ['/tickler', 'risk due'], ['/tickler', 'agenda'])
  return { source, vendors: names.length, commands }
}
