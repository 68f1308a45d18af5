// An interactive transaction together with the `pg` connection it runs on, for the one write Prisma makes too costly:
// a large bytea. Prisma's client sends bytes to its adapter as base64 inside the query's JSON, and the adapter decodes
// them again, so a 109 MB upload held a 145 MB string and a second copy of itself before `pg` sent a byte. On the
// connection itself, `pg` sends a Buffer as a binary parameter, as it is.
//
// How the connection is found: the pool's `connect()` is wrapped (trackConnections, called by ./client.ts) so that a
// connection checked out inside withConnection's context is handed to that context; Prisma's adapter checks out one
// connection per interactive transaction (PrismaPgAdapter.startTransaction). Whatever Prisma does in the future,
// withConnection proves the connection is the transaction's before handing it out: both must see the same
// transaction id.
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import type { Tx } from "./client";

interface Slot {
  connection?: pg.PoolClient;
}

const slots = new AsyncLocalStorage<Slot>();

/** Makes `pool` hand the connections it checks out inside withConnection to it. */
export function trackConnections(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  // pg's own pool.query checks out with a callback; Prisma's adapter awaits the promise, in the caller's context.
  pool.connect = ((...args: unknown[]) => {
    const slot = slots.getStore();
    if (!slot || args.length > 0) return connect(...args);
    return (connect() as Promise<pg.PoolClient>).then((connection) => {
      slot.connection ??= connection;
      return connection;
    });
  }) as pg.Pool["connect"];
}

/**
 * Runs `begin` (a call to a Prisma client's `$transaction`) and gives its body the transaction's own connection as
 * well, or null when it cannot be told (a pool that trackConnections did not wrap, a transaction begun outside this
 * context): the caller then writes through Prisma, as before.
 */
export function withConnection<T>(
  begin: (body: (tx: Tx) => Promise<T>) => Promise<T>,
  body: (tx: Tx, connection: pg.PoolClient | null) => Promise<T>,
): Promise<T> {
  const slot: Slot = {};
  return slots.run(slot, () =>
    begin(async (tx) => {
      const connection = slot.connection ?? null;
      return body(tx, connection && (await sameTransaction(tx, connection)) ? connection : null);
    }),
  );
}

async function sameTransaction(tx: Tx, connection: pg.PoolClient): Promise<boolean> {
  const [ours] = await tx.$queryRaw<Array<{ id: string }>>`SELECT txid_current()::text AS id`;
  const theirs = await connection.query<{ id: string }>("SELECT txid_current()::text AS id");
  return ours !== undefined && ours.id === theirs.rows[0]?.id;
}
