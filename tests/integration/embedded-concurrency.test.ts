// Many connections at once on the embedded database, which is a single PGlite session shared by every connection:
// each one must get its own results back (never another connection's, never "portal does not exist"), an error
// on one must not spill onto the others, and a transaction must be one connection's alone until it ends.
import { connect as connectSocket, type Socket } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { serveEmbedded, type EmbeddedHandle } from "@/lib/db/embedded";

const CLIENTS = 16;
const ROUNDS = 30;
const TABLE = "concurrency_probe";

let server: EmbeddedHandle;
const opened = new Set<pg.Client>();

beforeAll(async () => {
  server = await serveEmbedded(null, "concurrency test");
  const setup = await connect();
  await setup.query(`CREATE TABLE ${TABLE} (client int NOT NULL, seq int NOT NULL, marker text NOT NULL)`);
});

afterAll(async () => {
  await Promise.allSettled([...opened].map((client) => client.end()));
  await server.close();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: server.url });
  client.on("error", () => undefined); // a connection this test cuts on purpose
  opened.add(client);
  client.on("end", () => opened.delete(client));
  await client.connect();
  return client;
}

const errorCode = (promise: Promise<unknown>) => promise.then(() => "no error", (error: { code?: string }) => error.code ?? String(error));

/** One client's share of the load; every query asks for this client's own values, so a mixed-up answer shows. */
async function runClient(client: pg.Client, id: number): Promise<void> {
  let committed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const marker = `client ${id} round ${round}`;
    const echoed = await client.query<{ id: number; marker: string }>("SELECT $1::int AS id, $2::text AS marker", [id, marker]);
    expect(echoed.rows).toEqual([{ id, marker }]);

    const inserted = await client.query<{ client: number; seq: number }>(
      `INSERT INTO ${TABLE} (client, seq, marker) VALUES ($1, $2, $3) RETURNING client, seq`,
      [id, round, marker],
    );
    expect(inserted.rows).toEqual([{ client: id, seq: round }]);
    committed++;

    if (round % 5 === 2) {
      await client.query("BEGIN");
      await client.query(`INSERT INTO ${TABLE} (client, seq, marker) VALUES ($1, $2, $3)`, [id, -round, `${marker} in a transaction`]);
      const seen = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE} WHERE client = $1`, [id]);
      expect(seen.rows[0].n).toBe(committed + 1);
      await client.query("COMMIT");
      committed++;
    }

    if (round === id % ROUNDS) {
      // A failing statement, then one failing inside a transaction: both must stay this client's problem.
      expect(await errorCode(client.query("SELECT 1 / ($1::int - $1::int) AS boom", [id]))).toBe("22012");
      await client.query("BEGIN");
      await client.query(`INSERT INTO ${TABLE} (client, seq, marker) VALUES ($1, $2, $3)`, [id, 1000 + round, "rolled back"]);
      expect(await errorCode(client.query("SELECT no_such_column FROM pg_class WHERE relname = $1", [marker]))).toBe("42703");
      expect(await errorCode(client.query("SELECT $1::int AS id", [id]))).toBe("25P02"); // transaction is aborted
      await client.query("ROLLBACK");
    }
  }
  const total = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE} WHERE client = $1`, [id]);
  expect(total.rows[0].n).toBe(committed);
}

// Slow on a loaded machine (thousands of round trips through one PGlite), never a timing assertion.
describe("the embedded database under concurrent clients", { timeout: 180_000 }, () => {
  it(`${CLIENTS} clients firing parameterized queries at once each get their own results`, async () => {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => connect()));
    const outcomes = await Promise.allSettled(clients.map((client, id) => runClient(client, id)));
    const failures = outcomes.flatMap((outcome, id) => (outcome.status === "rejected" ? [`client ${id}: ${String(outcome.reason)}`] : []));
    expect(failures).toEqual([]);
    await Promise.all(clients.map((client) => client.end()));
  });

  // Another client's transactions make the others' messages queue up meanwhile; with pglite-socket they then ran
  // interleaved when the transaction ended (342 of 400 wrong answers, 58 `portal "" does not exist`).
  it("a pool firing many queries at once, as Prisma does, gets each one's own answer while transactions come and go", async () => {
    const pool = new pg.Pool({ connectionString: server.url, max: 8 });
    const holder = await connect();
    let isDone = false;
    const transactions = (async () => {
      while (!isDone) {
        await holder.query("BEGIN");
        await holder.query("SELECT $1::int AS n", [1]);
        await holder.query("COMMIT");
      }
    })();
    try {
      const answers = await Promise.all(
        Array.from({ length: 400 }, (_, k) => pool.query<{ k: number; word: string }>("SELECT $1::int AS k, $2::text AS word", [k, `word ${k}`])),
      );
      expect(answers.map((answer) => answer.rows[0])).toEqual(Array.from({ length: 400 }, (_, k) => ({ k, word: `word ${k}` })));
    } finally {
      isDone = true;
      await transactions;
      await Promise.all([pool.end(), holder.end()]);
    }
  });

  it("another connection never runs inside a transaction that is still open, nor sees its uncommitted rows", async () => {
    const [holder, other] = await Promise.all([connect(), connect()]);
    await holder.query("BEGIN");
    await holder.query(`INSERT INTO ${TABLE} (client, seq, marker) VALUES ($1, $2, $3)`, [-1, 0, "uncommitted"]);
    const waiting = other.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE} WHERE marker = $1`, ["uncommitted"]);
    // The holder's transaction fails and is rolled back; the other connection must see none of it.
    expect(await errorCode(holder.query("SELECT 1 / 0"))).toBe("22012");
    await holder.query("ROLLBACK");
    expect((await waiting).rows[0].n).toBe(0);
    await Promise.all([holder.end(), other.end()]);
  });

  it.each([
    ["ends its connection", (client: pg.Client) => client.end()],
    ["is cut off", async (client: pg.Client) => (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy()],
  ])("a client that %s in the middle of a transaction has it rolled back, and nobody waits for it", async (_, leave) => {
    const [leaver, other] = await Promise.all([connect(), connect()]);
    const marker = `abandoned ${Math.random()}`;
    await leaver.query("BEGIN");
    await leaver.query(`INSERT INTO ${TABLE} (client, seq, marker) VALUES ($1, $2, $3)`, [-2, 0, marker]);
    const waiting = other.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE} WHERE marker = $1`, [marker]);
    await leave(leaver);
    expect((await waiting).rows[0].n).toBe(0);
    expect((await other.query<{ ok: number }>("SELECT $1::int AS ok", [1])).rows[0].ok).toBe(1);
    await other.end();
  });

  // pg never leaves mid-batch; a client that crashes can: between Execute and Sync, or while an error makes the
  // session skip everything until Sync. Written by hand, message by message, to leave at exactly those points.
  it.each([
    ["after an INSERT ran, before its Sync", (marker: string) => [parse(`INSERT INTO ${TABLE} VALUES (-3, 0, '${marker}')`), bind(), execute(), flush()], "C"],
    ["after a Parse failed, before its Sync", () => [parse("SELEC oops"), flush()], "E"],
    ["in a failed transaction", (marker: string) => [query("BEGIN"), query(`INSERT INTO ${TABLE} VALUES (-3, 0, '${marker}')`), query("SELECT 1 / 0")], "E"],
  ])("a client that vanishes %s leaves nothing behind", async (_, messages, awaited) => {
    const other = await connect();
    const raw = await RawClient.open(join(new URL(server.url).searchParams.get("host") ?? "", ".s.PGSQL.5432"));
    const marker = `vanished ${Math.random()}`;
    raw.send(messages(marker));
    await raw.waitFor(awaited);
    const waiting = other.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE} WHERE marker = $1`, [marker]);
    raw.socket.destroy();
    expect((await waiting).rows[0].n).toBe(0);
    expect((await other.query<{ ok: string }>("SELECT $1::text AS ok", ["still served"])).rows[0].ok).toBe("still served");
    await other.end();
  });

  // A long statement (an import's paragraphs: megabytes) reaches the server in chunks of tens of KB, and messages are
  // cut anywhere, headers included. Each must run whole, once and in order, and a long one's chunks be joined once,
  // not once a chunk (a message of n chunks copied n times over).
  it("runs messages cut anywhere, and joins a long one's chunks once", async () => {
    const raw = await RawClient.open(join(new URL(server.url).searchParams.get("host") ?? "", ".s.PGSQL.5432"));
    const long = "x".repeat(3_000_000);
    const stream = Buffer.concat([query("SELECT 'first' AS v"), query(`SELECT length('${long}')::text AS v`), query("SELECT 'last' AS v")]);
    const cuts = [1, 3, 5, 6, 9, 20, 40];
    for (let at = 60; at < stream.length; at += 64 * 1024) cuts.push(at);
    const joined = vi.spyOn(Buffer, "concat");
    try {
      raw.clear();
      let from = 0;
      for (const cut of [...cuts, stream.length]) {
        raw.socket.write(stream.subarray(from, cut));
        from = cut;
        await new Promise((resolve) => setTimeout(resolve, 1)); // separate reads on the server's side
      }
      await raw.waitFor("Z", 3);
      const copied = joined.mock.results.reduce((sum, result) => sum + (result.type === "return" && result.value.length > 100_000 ? result.value.length : 0), 0);
      expect(raw.values()).toEqual(["first", String(long.length), "last"]);
      expect(copied).toBeLessThan(2 * stream.length);
    } finally {
      joined.mockRestore();
      raw.socket.destroy();
    }
  });
});

const cString = (text: string) => Buffer.from(`${text}\0`);
const int16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
function message(type: string, ...body: Buffer[]): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(4 + Buffer.concat(body).length, 1);
  return Buffer.concat([header, ...body]);
}
const parse = (sql: string) => message("P", cString(""), cString(sql), int16(0));
const bind = () => message("B", cString(""), cString(""), int16(0), int16(0), int16(0));
const execute = () => message("E", cString(""), Buffer.alloc(4));
const flush = () => message("H");
const query = (sql: string) => message("Q", cString(sql));

/** A Postgres-protocol client with no library in between, to stop wherever a test needs it to. */
class RawClient {
  private received = Buffer.alloc(0);
  private readonly listeners = new Set<() => void>();

  private constructor(readonly socket: Socket) {
    socket.on("data", (chunk) => {
      this.received = Buffer.concat([this.received, chunk]);
      for (const listener of this.listeners) listener();
    });
    socket.on("error", () => undefined);
  }

  static async open(path: string): Promise<RawClient> {
    const socket = connectSocket(path);
    await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    const client = new RawClient(socket);
    const body = Buffer.concat([Buffer.from([0, 3, 0, 0]), cString("user"), cString("postgres"), cString("database"), cString("postgres"), Buffer.from([0])]);
    const length = Buffer.alloc(4);
    length.writeInt32BE(4 + body.length);
    client.socket.write(Buffer.concat([length, body]));
    await client.waitFor("Z");
    return client;
  }

  send(messages: Buffer[]): void {
    this.clear();
    this.socket.write(Buffer.concat(messages));
  }

  /** Forgets the replies received so far. */
  clear(): void {
    this.received = Buffer.alloc(0);
  }

  /** Waits for `count` replies of the given type (its one-letter code) among the replies since the last send. */
  waitFor(type: string, count = 1): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.types().filter((t) => t === type).length < count) return;
        this.listeners.delete(check);
        resolve();
      };
      this.listeners.add(check);
      check();
    });
  }

  /** The first column of every DataRow received since the last send, as text. */
  values(): string[] {
    const values: string[] = [];
    for (let at = 0; at + 5 <= this.received.length; at += 1 + this.received.readInt32BE(at + 1)) {
      if (this.received[at] !== 0x44) continue; // 'D': int16 column count, then int32 length and bytes per column
      const length = this.received.readInt32BE(at + 7);
      values.push(this.received.subarray(at + 11, at + 11 + length).toString("utf8"));
    }
    return values;
  }

  private types(): string[] {
    const types: string[] = [];
    for (let at = 0; at + 5 <= this.received.length; at += 1 + this.received.readInt32BE(at + 1)) {
      types.push(String.fromCharCode(this.received[at]!));
    }
    return types;
  }
}
