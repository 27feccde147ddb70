// Every reply Tickler can send, validated against the platforms' own rules: each command's
// representative replies (every-command.ts) on the demo register, rendered by the Teams and Slack
// adapters exactly as they send them, checked with Microsoft's Adaptive Cards SDK and against
// Block Kit's limits; forms also as Slack modals, and the Home as the App Home view.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderMessages } from '../../../adapters/slack/block-kit.ts'
import { renderHome } from '../../../adapters/slack/home-view.ts'
import { renderModal } from '../../../adapters/slack/modal.ts'
import { renderReply } from '../../../adapters/teams/card.ts'
import type { Tickler } from '../../../src/app/open-tickler.ts'
import type { Reply } from '../../../src/reply/reply.ts'
import { demoTickler } from '../../language/fixture.ts'
import { adaptiveCardProblems } from './adaptive-card-check.ts'
import { blockKitProblems, modalProblems } from './block-kit-check.ts'
import { LINES, type Line } from './every-command.ts'

/** What the Slack and Teams answer paths allow a typed command (long-answer.ts). */
const MAX_MESSAGES = 6

interface Answered {
  command: string
  text: string
  reply: Reply
}

function teamsProblems({ text, reply }: Answered): string[] {
  const download =
    reply.attachment && reply.attachment.mediaType !== 'image/png'
      ? { url: 'https://tickler.example/download/a1b2c3', name: reply.attachment.name }
      : undefined
  const activities = renderReply(reply, { maxMessages: MAX_MESSAGES, command: text, download })
  return activities.flatMap((activity, i) =>
    (activity.attachments ?? []).flatMap((a) =>
      adaptiveCardProblems(a.content).map((p) => `Teams message ${i + 1}: ${p}`),
    ),
  )
}

function slackProblems({ text, reply }: Answered): string[] {
  const messages = renderMessages(reply, { shareCommand: text, maxMessages: MAX_MESSAGES, command: text })
  const problems = messages.flatMap((m, i) =>
    blockKitProblems(m.blocks, 'message').map((p) => `Slack message ${i + 1}: ${p}`),
  )
  if (messages.length > MAX_MESSAGES) problems.push(`Slack: ${messages.length} messages`)
  if (reply.form) {
    const modal = renderModal(reply.form, { channel: 'slack:T1:C1' }, reply.form.prompt)
    problems.push(...modalProblems(modal).map((p) => `Slack modal: ${p}`))
  }
  return problems
}

describe('every reply is valid on Slack and Teams', () => {
  let tickler: Tickler
  const answered: Answered[] = []

  beforeAll(async () => {
    ;({ tickler } = await demoTickler())
    let incident = ''
    const buttons: string[] = []
    for (const [command, lines] of Object.entries(LINES)) {
      for (const given of lines) {
        const line: Line = typeof given === 'string' ? { text: given } : given
        const text = fill(line.text, incident, buttons)
        const reply = await tickler.run({
          text,
          user: line.user ?? 'U0NORTH',
          workspace: 'T1',
          channel: 'slack:T1:C1',
          platform: 'slack',
        })
        answered.push({ command, text, reply })
        incident ||= /^Logged (INC-\d+)/.exec(reply.title ?? '')?.[1] ?? ''
        buttons.push(...allActions(reply))
      }
    }
  }, 120_000)

  it('has representative replies for exactly the registered commands', () => {
    const registered = tickler.registry.commands.map((c) => c.name).sort()
    const listed = Object.keys(LINES)
      .filter((name) => name !== 'plain language')
      .sort()
    expect(listed).toEqual(registered)
  })

  it('ran every kind of reply: answers, forms, pick lists, refusals, proposals, files', () => {
    const replies = answered.map((a) => a.reply)
    expect(replies.some((r) => r.form)).toBe(true)
    expect(replies.some((r) => r.status === 'rejected' && !r.form)).toBe(true)
    expect(replies.some((r) => r.attachment?.mediaType === 'image/png')).toBe(true)
    expect(replies.some((r) => r.attachment && r.attachment.mediaType !== 'image/png')).toBe(true)
    expect(answered.some((a) => /Only .* may/.test(JSON.stringify(a.reply.text)))).toBe(true)
    expect(answered.some((a) => /which one/.test(a.reply.title ?? ''))).toBe(true)
    expect(answered.some((a) => a.reply.actions?.some((x) => x.label === 'Confirm'))).toBe(true)
    expect(answered.filter((a) => a.text.startsWith('sla respond INC-0')).length).toBe(1)
    // The filled-in lines really ran the buttons' commands.
    expect(answered.filter((a) => a.text.startsWith('reminder ')).length).toBeGreaterThanOrEqual(4)
    expect(answered.some((a) => a.text.includes('{'))).toBe(false)
  })

  it('every Teams card passes the Adaptive Cards SDK', () => {
    const problems = answered.flatMap((a) => teamsProblems(a).map((p) => `${a.text} → ${p}`))
    expect(problems).toEqual([])
  })

  it('every Slack message and modal keeps within Block Kit', () => {
    const problems = answered.flatMap((a) => slackProblems(a).map((p) => `${a.text} → ${p}`))
    expect(problems).toEqual([])
  })

  it('the App Home keeps within Block Kit, alone and with the outcome of a button on top', () => {
    const homes = answered.filter((a) => a.command === 'home').map((a) => a.reply)
    const notices = answered.map((a) => a.reply)
    const problems: string[] = []
    for (const home of homes) {
      problems.push(...blockKitProblems(renderHome(home).blocks, 'home'))
      for (const notice of notices) {
        problems.push(
          ...blockKitProblems(renderHome(home, notice).blocks, 'home').map((p) => `with notice: ${p}`),
        )
      }
    }
    expect([...new Set(problems)]).toEqual([])
  })
})

function fill(text: string, incident: string, buttons: string[]): string {
  return text
    .replace('{incident}', incident)
    .replace(/\{button:([^}]+)\}/, (_, prefix: string) => buttons.find((b) => b.startsWith(prefix)) ?? text)
}

function allActions(reply: Reply): string[] {
  const items = (reply.sections ?? []).flatMap((s) => s.items ?? [])
  return [...(reply.actions ?? []), ...items.flatMap((i) => i.actions ?? [])].map((a) => a.command)
}
