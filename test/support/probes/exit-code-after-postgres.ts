// Loads the embedded PostgreSQL wrapper as the test run's global set-up does, then ends naturally
// with exit code 3: the process must keep it (see test/support/exit-code.test.ts).
import './../embedded-postgres.ts'

process.exitCode = 3
