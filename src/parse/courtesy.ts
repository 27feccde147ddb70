// Read commands ignore politeness (SPEC §4.1): "show me renewals next month please?" is
// "renewals next month". One list for the whole line (dispatch) and for a command's arguments, so
// a courtesy word accepted in one place is never an error in the other.
const OPENERS = [
  'please',
  'pls',
  'kindly',
  'can you',
  'could you',
  'show me',
  'show',
  'tell me',
  'give me',
  'list',
]
const CLOSERS = ['please', 'pls', 'thanks', 'thank you', 'thx']

const LEADING = new RegExp(`^(?:\\b(?:${OPENERS.join('|')})\\b[\\s,]*)+`, 'i')
const TRAILING = new RegExp(`(?:[\\s,]*\\b(?:${CLOSERS.join('|')})\\b)*[\\s.!?]*$`, 'i')

export function stripCourtesy(text: string): string {
  return text.trim().replace(LEADING, '').replace(TRAILING, '').trim()
}
