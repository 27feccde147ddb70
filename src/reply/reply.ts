// The platform-neutral answer document. Handlers build it; adapters render it as Block Kit, an
// Adaptive Card or terminal text. Text here is plain: adapters escape it for their markup.

/** A run of inline content; a mention renders as a ping on chat surfaces, the bare id in a terminal. */
export type Inline = string | { mention: string } | { strong: string } | { code: string }
export type Text = string | Inline[]

export interface Field {
  label: string
  value: Text
}

/** A button. Pressing it runs `command` as the presser, through the same dispatcher as typed text. */
export interface Action {
  label: string
  command: string
  style?: 'primary' | 'danger'
}

/** One listed row: a single line naming the vendor and the item. */
export interface Item {
  text: Text
  actions?: Action[]
}

export interface Section {
  heading?: string
  text?: Text[]
  fields?: Field[]
  items?: Item[]
  /** Shown instead of items when there are none ("No renewals in this window."). */
  empty?: string
}

/**
 * A form for a register command with missing fields, carried by a rejection that gives the same
 * grammar as text: Slack opens it as a modal, Teams as a card form, the terminal shows the text.
 */
export interface FormField {
  name: string
  label: string
  type: 'text' | 'date' | 'number' | 'choice' | 'multiline'
  required: boolean
  value?: string
  options?: string[]
  placeholder?: string
  error?: string
}

export interface Form {
  /** The command the submitted values complete, e.g. 'contract add'. */
  command: string
  title: string
  submitLabel: string
  fields: FormField[]
  /** What to do with the form, shown above its fields ('Fill in end date (end_date).'). */
  prompt?: string
}

/**
 * A file that goes with a reply: an SLA claim statement (CSV) or a chart (PNG). The terminal writes
 * it to disk, Slack uploads it to the conversation; Teams offers a CSV as a download link and shows
 * a picture in the card.
 */
export type Attachment = CsvAttachment | ImageAttachment

interface AttachmentBase {
  /** A file name without folders: 'sla-statement-contoso-managed-network-2026-10.csv'. */
  name: string
  /** The instant the content was computed as of; re-running the command as of then rebuilds it. */
  asOf: string
}

export interface CsvAttachment extends AttachmentBase {
  mediaType: 'text/csv'
  content: string
}

/** Bytes, not base64: the terminal and Slack send them as they are; only Teams needs text. */
export interface ImageAttachment extends AttachmentBase {
  mediaType: 'image/png'
  content: Uint8Array
  /** A short description of the picture for screen readers; the reply's text has every fact. */
  alt: string
  width: number
  height: number
}

export type ReplyStatus = 'ok' | 'rejected'

export interface Reply {
  /** 'ok': carried out or answered (exit 0); 'rejected': bad input, not permitted, not saved (exit 1). */
  status: ReplyStatus
  title?: string
  text?: Text[]
  fields?: Field[]
  sections?: Section[]
  /** Closing lines such as per-currency totals. */
  footer?: Text[]
  actions?: Action[]
  form?: Form
  /** Only the asker should see it (Slack ephemeral). Default true; channel posts set false. */
  private?: boolean
  /** Field errors for a submitted form, keyed by FormField.name. */
  fieldErrors?: Record<string, string>
  /**
   * A change understood from free text and not yet made: the exact command its Confirm button
   * runs. The terminal chat asks "yes" to run it; nothing is stored until then.
   */
  confirm?: string
  attachment?: Attachment
}

export function answer(parts: Omit<Reply, 'status'>): Reply {
  return { status: 'ok', ...parts }
}

export function rejected(message: Text, form?: string, example?: string): Reply {
  const text: Text[] = [message]
  if (form) text.push(['Form: ', { code: form }])
  if (example) text.push(['Example: ', { code: example }])
  return { status: 'rejected', text }
}

/** Plain text of a Text value, mentions as bare ids: used by the terminal and for fallbacks. */
export function plain(text: Text): string {
  if (typeof text === 'string') return text
  return text
    .map((part) => {
      if (typeof part === 'string') return part
      if ('mention' in part) return part.mention
      if ('strong' in part) return part.strong
      return part.code
    })
    .join('')
}
