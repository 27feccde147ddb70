// A representative reply of every registered command (and of plain language), run in order on the
// demo register through the real dispatcher: answers, lists, forms for missing fields, pick lists,
// errors, refusals, proposals with their confirm buttons and the buttons' own commands. `{incident}`
// and `{button:<command>}` are filled from earlier replies, as a person would press them.

/** A line as typed, by the demo's admin unless another user is named. */
export interface Line {
  text: string
  user?: string
}

/** Owns nothing and is no admin: every write of theirs is refused. */
export const OUTSIDER = 'U0OUTSIDER'

/** By command name; `plain language` is not a command but the layer that answers everything else. */
export const LINES: Record<string, (string | Line)[]> = {
  help: ['help', 'help renewals', 'help frobnicate'],
  vendor: ['vendor Contoso', 'vendor', 'vendor Nowhere Ltd'],
  vendors: ['vendors', 'vendors tier critical', 'vendors tier gold'],
  renewals: ['renewals', 'renewals 365 days', 'renewals lapsed', 'renewals tier critical over 100k'],
  'renewals chart': ['renewals chart', 'renewals chart 365 days', 'renewals chart tier low 7 days'],
  agenda: ['agenda'],
  'vendor add': [
    'vendor add "Northwind Traders" tier high category "Managed print" owner U0NORTH',
    'vendor add',
    'vendor add Acme tier gold',
    { text: 'vendor add Acme tier high', user: OUTSIDER },
  ],
  'vendor edit': [
    'vendor edit Northwind Traders tier critical',
    'vendor edit Northwind Traders',
    { text: 'vendor edit Contoso tier low', user: OUTSIDER },
  ],
  'contract add': [
    'contract add Contoso "Office 365" kind saas start 2026-07-01 end 2027-06-30 notice 60 days value 207000 USD auto-renew yes',
    'contract add',
    'contract add Contoso "Edge CDN"',
  ],
  'contract edit': ['contract edit "Office 365" notice 90 days', 'contract edit "Office 365" colour blue'],
  'contract renew': ['contract renew "Office 365" end 2028-06-30 value 215000 USD'],
  'contract end': ['contract end "Office 365" on 2027-06-30'],
  'vendor remove': ['vendor remove Northwind Traders', 'vendor remove'],
  'risk due': ['risk due', 'risk due 90 days', 'risk due overdue'],
  'risk done': [
    'risk done Contoso soc2 on 2026-11-20 Type II report received',
    'risk done',
    'risk done Contoso',
  ],
  'risk list': ['risk list Contoso', 'risk list'],
  'risk add': ['risk add Contoso pentest every 365 days', 'risk add Contoso'],
  'risk remove': ['risk remove Contoso pentest', { text: 'risk remove Contoso soc2', user: OUTSIDER }],
  risk: ['risk', 'risk Proseware'],
  'sla log': ['sla log Contoso P1 VPN down for all staff started 9:05', 'sla log'],
  'sla respond': ['sla respond {incident} at 9:40', 'sla respond INC-9999'],
  'sla resolve': ['sla resolve {incident} at 11:15'],
  'sla open': ['sla open'],
  'sla show': ['sla show {incident}', 'sla show'],
  'sla report': ['sla report Contoso last month', 'sla report'],
  'sla downtime': [
    'sla downtime Contoso 2026-10-03 09:10 to 11:40 core switch failure',
    'sla downtime Contoso',
  ],
  'sla targets': ['sla targets Contoso', 'sla targets'],
  'sla target set': [
    'sla target set Contoso P1 response 30m resolution 4h hours 24x7',
    'sla target set Contoso',
  ],
  'sla target remove': ['sla target remove Contoso P4'],
  'sla target': ['sla target'],
  sla: ['sla'],
  'sla claims': ['sla claims', 'sla claims 365 days'],
  'sla claim': [
    'sla claim Contoso october ref CASE-4471',
    { text: 'sla claim Contoso october', user: OUTSIDER },
  ],
  'sla statement': ['sla statement Contoso october', 'sla statement Contoso'],
  subscribe: ['subscribe renewals tier critical,high', 'subscribe weather'],
  subscriptions: ['subscriptions'],
  unsubscribe: ['unsubscribe renewals'],
  history: ['history Contoso', 'history {incident}'],
  home: ['home', { text: 'home', user: 'U0WEST' }],
  admins: ['admins'],
  'admins add': ['admins add U0WEST', { text: 'admins add U0EAST', user: OUTSIDER }],
  'admins remove': ['admins remove U0WEST'],
  'reminder ack': ['{button:reminder ack}', 'reminder ack c-unknown 2027-04-01'],
  'reminder snooze': ['{button:reminder snooze}'],
  'reminder decide': ['{button:reminder decide}', { text: '{button:reminder decide}', user: OUTSIDER }],
  calendar: ['calendar'],
  'calendar reset': ['calendar reset'],
  'proposal cancel': ['mark the contoso soc2 as done', 'proposal cancel'],
  'plain language': [
    'which contracts renew next quarter',
    'who owns contoso',
    'when does our contract with Fabrikam end',
    'frobnicate the gizmo',
    'contoso',
  ],
}
