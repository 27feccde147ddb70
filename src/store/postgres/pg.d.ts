// The part of node-postgres (`pg`, which ships no types) that the PostgreSQL store uses.
declare module 'pg' {
  export interface QueryResult<R> {
    rows: R[]
    rowCount: number | null
  }
  export interface Queryable {
    query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>
  }
  export interface PoolClient extends Queryable {
    release(destroy?: boolean | Error): void
  }
  export interface PoolConfig {
    connectionString?: string
    max?: number
    connectionTimeoutMillis?: number
    idleTimeoutMillis?: number
    application_name?: string
  }
  export class Pool implements Queryable {
    constructor(config?: PoolConfig)
    query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>
    connect(): Promise<PoolClient>
    end(): Promise<void>
    on(event: 'error', listener: (error: Error) => void): this
  }
  export class Client implements Queryable {
    constructor(config?: PoolConfig)
    query<R = Record<string, unknown>>(text: string, values?: readonly unknown[]): Promise<QueryResult<R>>
    connect(): Promise<void>
    end(): Promise<void>
  }
  const pg: { Pool: typeof Pool; Client: typeof Client }
  export default pg
}
