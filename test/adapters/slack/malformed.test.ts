// Any malformed body on POST /slack/events gets a 4xx at once, never a 5xx, signed or not, and runs
// nothing: payloads that are null, a list or not JSON, JSON bodies that are not objects, forms
// without a command, and interactions or events missing the part a listener reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allCommands } from '../../../src/app/command-table.ts'
import { type Harness, postEvent, postSlack, slashBody, startHarness } from './slack-harness.ts'

let h: Harness

beforeAll(async () => {
  h = await startHarness(allCommands, { TICKLER_ADMINS: 'U1' })
})
afterAll(async () => {
  await h.close()
})

const payload = (value: unknown) => `payload=${encodeURIComponent(JSON.stringify(value))}`
const form: [string, string][] = [
  ['payload=null', 'payload=null'],
  ['payload=[]', 'payload=%5B%5D'],
  ['payload= (empty)', 'payload='],
  ['payload not JSON', 'payload=%7Bnot'],
  ['payload a string', payload('x')],
  ['payload {}', payload({})],
  ['block_actions without actions', payload({ type: 'block_actions', user: { id: 'U1' } })],
  [
    'block_actions with actions a string',
    payload({ type: 'block_actions', user: { id: 'U1' }, actions: 'x' }),
  ],
  [
    'block_actions without a user',
    payload({ type: 'block_actions', actions: [{ action_id: 'a', type: 'button' }] }),
  ],
  ['view_submission without a view', payload({ type: 'view_submission', user: { id: 'U1' } })],
  [
    'view_submission with a view of no blocks',
    payload({ type: 'view_submission', user: { id: 'U1' }, view: { callback_id: 'tickler_form' } }),
  ],
  ['a form without command', 'text=admins%20add%20U9&user_id=U1&team_id=T1&channel_id=C1'],
  ['an empty form', ''],
  ['command empty', 'command=&text=help&user_id=U1&team_id=T1'],
  ['command twice', 'command=%2Ftickler&command=%2Fvendor&text=help&user_id=U1&team_id=T1'],
  ['command without user', 'command=%2Ftickler&text=admins%20add%20U9&team_id=T1'],
]
const json: [string, string][] = [
  ['null', 'null'],
  ['[]', '[]'],
  ['"x"', '"x"'],
  ['1', '1'],
  ['{}', '{}'],
  ['not JSON', '{"type":'],
  ['event_callback without event', '{"type":"event_callback","team_id":"T1"}'],
  ['event null', '{"type":"event_callback","event":null}'],
  ['event a string', '{"type":"event_callback","event":"x"}'],
  [
    'event text a number',
    '{"type":"event_callback","event":{"type":"app_mention","text":5,"user":"U1","channel":"C1"}}',
  ],
  ['url_verification without challenge', '{"type":"url_verification"}'],
]

function slackCalls(): number {
  return h.recorder.calls.filter((c) => c.path !== '/api/auth.test').length
}

describe('malformed Slack bodies, correctly signed', () => {
  it.each(form)('form %s: 4xx at once, nothing run or stored', async (_name, body) => {
    const started = Date.now()
    const response = await postSlack(h, body)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    // Bolt's unhandled-request timer would answer 404 only after 3 s.
    expect(Date.now() - started).toBeLessThan(2500)
    expect(h.store.revision).toBe(0)
    expect(slackCalls()).toBe(0)
  })

  it.each(json)('JSON %s: 4xx at once, nothing run or stored', async (_name, body) => {
    const started = Date.now()
    const response = await postEvent(h, body)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(Date.now() - started).toBeLessThan(2500)
    expect(h.store.revision).toBe(0)
    expect(slackCalls()).toBe(0)
  })

  it('still runs a well-formed slash command', async () => {
    const response = await postSlack(h, slashBody(h, '/tickler', 'admins add U9'))
    expect(response.status).toBe(200)
    expect(h.store.revision).toBeGreaterThan(0)
  })
})
