// The first schema. One row per record of every collection (the primary key (collection, id) is
// the unique key that backs request dedupe and reminder delivery claims: a new record is always
// INSERTed, never upserted), the audit trail, named sequences, and a change log keyed by
// revision so a replica catches up by reading only what changed since its own revision.
import type { Migration } from './index.ts'

export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE tickler_state (
  id integer PRIMARY KEY CHECK (id = 1),
  revision bigint NOT NULL CHECK (revision >= 0)
);
INSERT INTO tickler_state (id, revision) VALUES (1, 0);

-- json, not jsonb: records keep their field order, so answers read the same as from files.
CREATE TABLE tickler_records (
  collection text NOT NULL,
  id text NOT NULL,
  position bigserial NOT NULL,
  data json NOT NULL,
  PRIMARY KEY (collection, id)
);
CREATE INDEX tickler_records_position ON tickler_records (position);

CREATE TABLE tickler_changes (
  revision bigint NOT NULL,
  collection text NOT NULL,
  id text NOT NULL,
  PRIMARY KEY (revision, collection, id)
);

CREATE TABLE tickler_audit (
  seq bigserial PRIMARY KEY,
  revision bigint NOT NULL,
  id text NOT NULL UNIQUE,
  record_id text NOT NULL,
  data json NOT NULL
);
CREATE INDEX tickler_audit_revision ON tickler_audit (revision);
CREATE INDEX tickler_audit_record ON tickler_audit (record_id);

CREATE TABLE tickler_sequences (
  name text PRIMARY KEY,
  value bigint NOT NULL CHECK (value >= 0),
  revision bigint NOT NULL
);
CREATE INDEX tickler_sequences_revision ON tickler_sequences (revision);
`,
}
