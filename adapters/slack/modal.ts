// Reply.form → a Slack modal, and a submitted modal → its values (src/reply/form-command.ts makes
// them the command line it completes). Pure.
// Each input block's block_id is the form field's name, so fieldErrors map straight onto
// `response_action: 'errors'`.
import type { Form, FormField } from '../../src/reply/reply.ts'
import type {
  Block,
  Datepicker,
  InputBlock,
  InputElement,
  ModalView,
  PlainText,
  PlainTextInput,
  StaticSelect,
} from './blocks.ts'

export const FORM_CALLBACK = 'tickler_form'
const VALUE_ACTION = 'value'

const MAX_TITLE = 24
const MAX_OPTIONS = 100
const MAX_OPTION_TEXT = 75
const MAX_LABEL = 2000
const MAX_INPUT = 3000
const MAX_METADATA = 3000
const MAX_MODAL_BLOCKS = 100

/** What the modal remembers between opening and submission (private_metadata). */
export interface FormMetadata {
  command: string
  /** 'slack:<team>:<channel>' where the form was opened, to post the result back there. */
  channel?: string
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: cut(text, max), emoji: false }
}

function element(field: FormField): InputElement {
  const placeholder = field.placeholder ? { placeholder: plainText(field.placeholder, 150) } : {}
  switch (field.type) {
    case 'date': {
      const date: Datepicker = { type: 'datepicker', action_id: VALUE_ACTION, ...placeholder }
      if (field.value && /^\d{4}-\d{2}-\d{2}$/.test(field.value)) date.initial_date = field.value
      return date
    }
    case 'choice': {
      if ((field.options ?? []).length === 0) return element({ ...field, type: 'text' })
      const options = (field.options ?? [])
        .slice(0, MAX_OPTIONS)
        .map((o) => ({ text: plainText(o, MAX_OPTION_TEXT), value: o.slice(0, 150) }))
      const select: StaticSelect = {
        type: 'static_select',
        action_id: VALUE_ACTION,
        options,
        ...placeholder,
      }
      const initial = options.find((o) => o.value === field.value)
      if (initial) select.initial_option = initial
      return select
    }
    default: {
      const input: PlainTextInput = {
        type: 'plain_text_input',
        action_id: VALUE_ACTION,
        multiline: field.type === 'multiline',
        max_length: MAX_INPUT,
        ...placeholder,
      }
      if (field.value) input.initial_value = field.value.slice(0, MAX_INPUT)
      return input
    }
  }
}

function inputBlock(field: FormField): InputBlock {
  const block: InputBlock = {
    type: 'input',
    block_id: field.name,
    label: plainText(field.label.trim() || field.name, MAX_LABEL),
    optional: !field.required,
    element: element(field),
  }
  if (field.error) block.hint = plainText(`⚠ ${field.error}`, MAX_LABEL)
  else if (field.type === 'number') block.hint = plainText('A number, e.g. 12 or 207000.00', MAX_LABEL)
  return block
}

export function renderModal(form: Form, meta: { channel?: string }, notice?: string): ModalView {
  const metadata: FormMetadata = { command: form.command }
  if (meta.channel) metadata.channel = meta.channel
  const privateMetadata = JSON.stringify(metadata).slice(0, MAX_METADATA)
  const blocks: Block[] = []
  if (notice)
    blocks.push({ type: 'section', text: { type: 'plain_text', text: cut(notice, 3000), emoji: false } })
  blocks.push(...form.fields.slice(0, MAX_MODAL_BLOCKS - blocks.length).map(inputBlock))
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK,
    title: plainText(form.title.trim() || 'Tickler', MAX_TITLE),
    submit: plainText(form.submitLabel.trim() || 'Submit', MAX_TITLE),
    close: plainText('Cancel', MAX_TITLE),
    private_metadata: privateMetadata,
    blocks,
  }
}

export function readMetadata(text: string | undefined): FormMetadata | undefined {
  if (!text) return undefined
  try {
    const parsed = JSON.parse(text) as Partial<FormMetadata>
    return typeof parsed.command === 'string' ? (parsed as FormMetadata) : undefined
  } catch {
    return undefined
  }
}

/** The shape of view.state.values Slack sends with a view_submission. */
export type ViewStateValues = Record<
  string,
  Record<
    string,
    {
      type?: string
      value?: string | null
      selected_date?: string | null
      selected_option?: { value: string } | null
    }
  >
>

/** Submitted values by field name, in block order; empty fields are left out. */
export function submittedValues(values: ViewStateValues): [string, string][] {
  const out: [string, string][] = []
  for (const [name, actions] of Object.entries(values)) {
    const state = actions[VALUE_ACTION] ?? Object.values(actions)[0]
    const value = state?.value ?? state?.selected_date ?? state?.selected_option?.value ?? ''
    if (value.trim() !== '') out.push([name, value.trim()])
  }
  return out
}
