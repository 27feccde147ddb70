// Checks Block Kit against the limits at which Slack refuses a message or view (invalid_blocks,
// msg_too_long): Slack publishes no JSON schema for Block Kit, so these are the documented limits
// of the Block Kit reference for every block and element Tickler sends.
type Json = Record<string, unknown>

export type Surface = 'message' | 'home' | 'modal'

const MAX_BLOCKS: Record<Surface, number> = { message: 50, home: 100, modal: 100 }
const BLOCK_TYPES = new Set(['section', 'header', 'context', 'actions', 'input', 'divider', 'image'])

export function blockKitProblems(blocks: unknown[], surface: Surface): string[] {
  const problems: string[] = []
  const problem = (where: string, what: string) => problems.push(`${where}: ${what}`)
  if (blocks.length > MAX_BLOCKS[surface]) {
    problem(surface, `${blocks.length} blocks, at most ${MAX_BLOCKS[surface]}`)
  }
  const actionIds = new Map<string, string>()
  const blockIds = new Set<string>()
  blocks.forEach((raw, i) => {
    const block = raw as Json
    const where = `blocks[${i}] (${String(block.type)})`
    // Unique within a message or Home. A modal's inputs are read back as values[block_id][action_id],
    // so there, as Slack documents, an action_id is unique within its block.
    const scope = surface === 'modal' ? `${String(block.block_id ?? i)}/` : ''
    const actionId = (at: string, id: unknown) => {
      if (typeof id !== 'string' || id === '' || id.length > 255) {
        return problem(at, 'action_id must be 1-255 characters')
      }
      const earlier = actionIds.get(scope + id)
      if (earlier) problem(at, `action_id "${id}" already used at ${earlier}`)
      actionIds.set(scope + id, at)
    }
    if (!BLOCK_TYPES.has(String(block.type))) problem(where, 'unknown block type')
    if (block.block_id !== undefined) {
      const id = String(block.block_id)
      if (id.length > 255) problem(where, 'block_id longer than 255')
      if (blockIds.has(id)) problem(where, `block_id "${id}" is not unique`)
      blockIds.add(id)
    }
    switch (block.type) {
      case 'section': {
        const fields = (block.fields ?? []) as Json[]
        if (!block.text && fields.length === 0) problem(where, 'a section needs text or fields')
        if (block.text) textObject(where, block.text, 3000, problem)
        if (fields.length > 10) problem(where, `${fields.length} fields, at most 10`)
        fields.forEach((f, j) => {
          textObject(`${where}.fields[${j}]`, f, 2000, problem)
        })
        if (block.accessory) element(`${where}.accessory`, block.accessory as Json, problem, actionId)
        break
      }
      case 'header':
        if ((block.text as Json | undefined)?.type !== 'plain_text')
          problem(where, 'header text must be plain_text')
        textObject(where, block.text, 150, problem)
        break
      case 'context': {
        const elements = (block.elements ?? []) as Json[]
        if (elements.length === 0 || elements.length > 10) problem(where, `${elements.length} elements, 1-10`)
        elements.forEach((e, j) => {
          textObject(`${where}.elements[${j}]`, e, 3000, problem)
        })
        break
      }
      case 'actions': {
        const elements = (block.elements ?? []) as Json[]
        if (elements.length === 0 || elements.length > 25) problem(where, `${elements.length} elements, 1-25`)
        elements.forEach((e, j) => {
          element(`${where}.elements[${j}]`, e, problem, actionId)
        })
        break
      }
      case 'input':
        if (surface === 'message') problem(where, 'input blocks belong in modals')
        textObject(`${where}.label`, block.label, 2000, problem)
        if (block.hint) textObject(`${where}.hint`, block.hint, 2000, problem)
        element(`${where}.element`, block.element as Json, problem, actionId, false)
        break
    }
  })
  return problems
}

/** A modal view's own limits, then its blocks'. */
export function modalProblems(view: Json): string[] {
  const problems: string[] = []
  const problem = (where: string, what: string) => problems.push(`${where}: ${what}`)
  textObject('title', view.title, 24, problem)
  if (view.submit) textObject('submit', view.submit, 24, problem)
  if (view.close) textObject('close', view.close, 24, problem)
  if (String(view.callback_id ?? '').length > 255) problem('callback_id', 'longer than 255')
  if (String(view.private_metadata ?? '').length > 3000) problem('private_metadata', 'longer than 3000')
  return [...problems, ...blockKitProblems((view.blocks ?? []) as unknown[], 'modal')]
}

type Problem = (where: string, what: string) => void

function textObject(where: string, raw: unknown, max: number, problem: Problem): void {
  const text = raw as Json | undefined
  if (!text || (text.type !== 'plain_text' && text.type !== 'mrkdwn')) {
    problem(where, 'not a text object')
    return
  }
  const value = String(text.text ?? '')
  if (value.trim() === '') problem(where, 'empty text')
  if (value.length > max) problem(where, `text of ${value.length} characters, at most ${max}`)
}

function element(
  where: string,
  e: Json,
  problem: Problem,
  actionId: (where: string, id: unknown) => void,
  needsId = true,
): void {
  if (needsId || e.action_id !== undefined) actionId(where, e.action_id)
  switch (e.type) {
    case 'button':
      if ((e.text as Json | undefined)?.type !== 'plain_text')
        problem(where, 'button text must be plain_text')
      textObject(where, e.text, 75, problem)
      if (String(e.value ?? '').length > 2000) problem(where, 'button value longer than 2000')
      if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') problem(where, 'bad style')
      break
    case 'static_select': {
      const options = (e.options ?? []) as Json[]
      if (options.length === 0 || options.length > 100) problem(where, `${options.length} options, 1-100`)
      options.forEach((o, j) => {
        textObject(`${where}.options[${j}]`, o.text, 75, problem)
        if (String(o.value ?? '').length > 150) problem(`${where}.options[${j}]`, 'value longer than 150')
      })
      if (e.placeholder) textObject(`${where}.placeholder`, e.placeholder, 150, problem)
      break
    }
    case 'plain_text_input':
      if (Number(e.max_length ?? 3000) > 3000) problem(where, 'max_length above 3000')
      if (String(e.initial_value ?? '').length > Number(e.max_length ?? 3000))
        problem(where, 'initial_value too long')
      if (e.placeholder) textObject(`${where}.placeholder`, e.placeholder, 150, problem)
      break
    case 'datepicker':
      if (e.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.initial_date))) {
        problem(where, 'initial_date must be YYYY-MM-DD')
      }
      if (e.placeholder) textObject(`${where}.placeholder`, e.placeholder, 150, problem)
      break
    default:
      problem(where, `unknown element type ${String(e.type)}`)
  }
}
