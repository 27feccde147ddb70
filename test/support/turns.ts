// How many turns of the event loop another task gets while some work runs: what tells work done a
// step at a time (setImmediate between steps) from work done in one piece.
export async function turnsDuring(work: () => Promise<unknown>): Promise<number> {
  let turns = 0
  let done = false
  const tick = () => {
    if (done) return
    turns++
    setImmediate(tick)
  }
  setImmediate(tick)
  await work()
  done = true
  return turns
}
