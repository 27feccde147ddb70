// reply.form → an Adaptive Card with inputs; its submit runs `<form.command> <name> <value> …`
// through the core. The card carries its own field list back, so the form can be shown again with
// the command's field errors without any state kept in the server.
import { z } from 'zod'
import { formCommandLine } from '../../src/reply/form-command.ts'
import type { Form, FormField, Text } from '../../src/reply/reply.ts'
import type { OutboundActivity } from './activity.ts'
import { type CardElement, cardActivity, textBlock } from './card-envelope.ts'
import { FIELD_PREFIX } from './inbound.ts'
import { escapeMarkdown, type NameOf, renderText } from './text.ts'

const FieldSpecSchema = z.object({
  name: z.string().min(1),
  label: z.string(),
  type: z.enum(['text', 'date', 'number', 'choice', 'multiline']),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
  placeholder: z.string().optional(),
})

const FormSpecSchema = z.object({
  title: z.string(),
  submitLabel: z.string(),
  fields: z.array(FieldSpecSchema),
})

/** The form as the card carried it back, or undefined if it is not one of ours. */
export function formFromSubmit(command: string, spec: unknown): Form | undefined {
  const parsed = FormSpecSchema.safeParse(spec)
  return parsed.success ? { command, ...parsed.data } : undefined
}

/** The command line of a submitted card: its values in the form's field order. */
export function formCommand(
  command: string,
  fields: readonly Pick<FormField, 'name'>[],
  values: Record<string, string>,
): string {
  return formCommandLine(
    command,
    fields.map((field) => [field.name, values[field.name] ?? ''] as const),
  )
}

export interface FormCardOptions {
  fieldErrors?: Record<string, string>
  /** Values to show (a submitted form shown again); otherwise each field's own value. */
  values?: Record<string, string>
  /** Lines shown above the inputs, e.g. why the last submit was refused. */
  message?: Text[]
  /** Shows the message as a warning (a refused submit). */
  attention?: boolean
  nameOf?: NameOf
}

export function renderFormCard(form: Form, options: FormCardOptions = {}): OutboundActivity {
  const nameOf = options.nameOf ?? (() => undefined)
  const errors = options.fieldErrors ?? {}
  const body: CardElement[] = [
    // Titles and field errors quote what was typed ("Bad name: "*Acme*" …"): escaped like any card text.
    { type: 'TextBlock', text: escapeMarkdown(form.title), size: 'Large', weight: 'Bolder', wrap: true },
  ]
  const plain = [form.title]
  for (const text of options.message ?? []) {
    const rendered = renderText(text, nameOf)
    body.push(textBlock(rendered, options.attention ? { color: 'Attention' } : {}))
    plain.push(rendered.plain)
  }
  for (const field of form.fields) {
    const value = options.values?.[field.name] ?? field.value
    body.push(input(field, value))
    plain.push(`${field.label}${field.required ? ' (required)' : ''}${value ? `: ${value}` : ''}`)
    const error = errors[field.name] ?? field.error
    if (error) {
      body.push({
        type: 'TextBlock',
        text: escapeMarkdown(error),
        color: 'Attention',
        size: 'Small',
        spacing: 'None',
        wrap: true,
      })
      plain.push(`  ${error}`)
    }
  }
  const spec = {
    title: form.title,
    submitLabel: form.submitLabel,
    fields: form.fields.map(({ name, label, type, required, options: choices, placeholder }) => ({
      name,
      label,
      type,
      required,
      ...(choices ? { options: choices } : {}),
      ...(placeholder ? { placeholder } : {}),
    })),
  }
  const submit = {
    type: 'Action.Submit',
    title: form.submitLabel,
    style: 'positive',
    data: { form: form.command, spec },
  }
  return cardActivity(body, plain, [], [submit], form.title)
}

function input(field: FormField, value: string | undefined): CardElement {
  const common: CardElement = {
    id: `${FIELD_PREFIX}${field.name}`,
    label: field.label,
    isRequired: field.required,
    ...(field.required ? { errorMessage: `${field.label} is required.` } : {}),
    ...(field.placeholder ? { placeholder: field.placeholder } : {}),
  }
  switch (field.type) {
    case 'date':
      return {
        type: 'Input.Date',
        ...common,
        ...(value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { value } : {}),
      }
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        choices: (field.options ?? []).map((option) => ({ title: option, value: option })),
        ...(value ? { value } : {}),
      }
    case 'multiline':
      return { type: 'Input.Text', ...common, isMultiline: true, ...(value ? { value } : {}) }
    default:
      // Numbers stay text inputs: amounts are typed as "207000.00 USD" and never become floats.
      return { type: 'Input.Text', ...common, ...(value ? { value } : {}) }
  }
}
