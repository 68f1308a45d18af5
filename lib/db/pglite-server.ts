// Serves one PGlite to many Postgres-protocol connections (here on a unix socket).
//
// PGlite is a single Postgres *session*, and everything a session keeps between messages is shared by whoever
// talks to it: the unnamed prepared statement and portal, the open transaction, and "skip every message until
// Sync" after an error in an extended-protocol batch. @electric-sql/pglite-socket, which this replaces, queued
// each *message* on its own and kept only explicit transactions (BEGIN..) together. While one connection held a
// transaction, the others' first messages piled up in its queue; when it ended they ran in turn, Parse, Parse,
// ..., Bind, Bind, ...: answers went to the wrong client (an INSERT ... RETURNING came back with another client's
// row, or none), or failed with `portal "" does not exist`. And an error in one client's batch made the session
// skip the others' messages until some Sync, so they got empty results.
//
// Here a connection takes the session for a turn, and keeps it until Postgres says the session is idle again:
// until the server's replies end with ReadyForQuery carrying status 'I'. So an extended-protocol batch (up to
// its Sync) and a whole transaction (BEGIN .. COMMIT/ROLLBACK, status 'T' or 'E' in between) run with no other
// connection's message in between; the others wait, first come first served. A connection that goes away during
// its turn has whatever it left open rolled back before the next one gets the session.
//
// What stays shared, as it was before: session settings (SET), named prepared statements, temporary tables,
// LISTEN. A client holding a transaction open makes every other client wait, however long it takes (Prisma's
// interactive transactions time out on their own); that is the price of one session.
import { createServer, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/** Codes a client puts where the protocol version goes, to ask for something other than a session. */
const SSL_REQUEST = 80_877_103;
const GSSENC_REQUEST = 80_877_104;
const CANCEL_REQUEST = 80_877_102;
const PROTOCOL_3_0 = 196_608;
/** Postgres refuses longer startup packets too (MAX_STARTUP_PACKET_LENGTH). */
const MAX_STARTUP_LENGTH = 10_000;

const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

export interface PgliteServer {
  /** Client connections not yet closed. */
  connectionCount(): number;
  /** Stops listening and closes every connection, rolling back what they left open; PGlite stays open. */
  stop(): Promise<void>;
}

export interface PgliteServerOptions {
  /** Where to listen: a unix socket path. */
  path: string;
  maxConnections: number;
}

export async function servePglite(lite: PGlite, { path, maxConnections }: PgliteServerOptions): Promise<PgliteServer> {
  const turns = new SessionTurns();
  const connections = new Set<Connection>();
  const server = createServer((socket) => {
    if (connections.size >= maxConnections) {
      socket.end(errorResponse("53300", "sorry, too many clients already"));
      return;
    }
    const connection = new Connection(socket, lite, turns);
    connections.add(connection);
    void connection.finished.then(() => connections.delete(connection));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    connectionCount: () => connections.size,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const open = [...connections];
      for (const connection of open) connection.close();
      await Promise.all(open.map((connection) => connection.finished));
      await closed;
    },
  };
}

/** Whose turn it is on the one session. The holder keeps it across its batches until the session is idle. */
class SessionTurns {
  private holder: Connection | null = null;
  private readonly waiting: { connection: Connection; start: () => void }[] = [];

  async take(connection: Connection): Promise<void> {
    if (this.holder === connection) return;
    if (this.holder === null) {
      this.holder = connection;
      return;
    }
    await new Promise<void>((start) => this.waiting.push({ connection, start }));
  }

  give(connection: Connection): void {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.start();
  }

  isHeldBy(connection: Connection): boolean {
    return this.holder === connection;
  }
}

/**
 * Follows the server's replies frame by frame (type byte, int32 length counting itself, body), because only the
 * last ReadyForQuery's status byte says whether the session is idle; replies arrive in chunks cut anywhere.
 */
class ReplyTracker {
  /** The session is idle when a connection gets its turn (turns are only given back then). */
  isIdle = true;
  private header: number[] = [];
  private type = 0;
  private bodyLeft = 0;

  feed(data: Uint8Array): void {
    for (let i = 0; i < data.length; ) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, data.length - i);
        if (this.type === READY_FOR_QUERY) this.isIdle = data[i + take - 1] === IDLE; // its body is the status
        this.bodyLeft -= take;
        i += take;
        continue;
      }
      this.isIdle = false; // any frame after a ReadyForQuery means the session is busy again
      this.header.push(data[i++]!);
      if (this.header.length < 5) continue;
      this.type = this.header[0]!;
      this.bodyLeft = Buffer.from(this.header.slice(1)).readInt32BE(0) - 4;
      this.header = [];
    }
  }
}

/**
 * Sent for a connection that went away during its turn. CopyFail ends a COPY FROM STDIN (and is ignored
 * otherwise); a ROLLBACK query ends a transaction or a half-sent batch, unless an error made the session skip
 * everything until Sync, hence the Sync and the second ROLLBACK. The batch's own implicit transaction is rolled
 * back by the first ROLLBACK, never committed by the Sync.
 */
const ROLLBACK_LEFTOVERS = Buffer.concat([
  frame("f", cString("client went away")),
  frame("Q", cString("ROLLBACK")),
  frame("S", Buffer.alloc(0)),
  frame("Q", cString("ROLLBACK")),
]);

class Connection {
  /** Settles once the connection is closed and the session no longer holds anything of it. */
  readonly finished: Promise<void>;
  /** Received bytes not consumed yet, joined in one buffer; `arrived` holds the chunks received since the last join. */
  private input: Buffer = Buffer.alloc(0);
  private arrived: Buffer[] = [];
  private arrivedBytes = 0;
  /**
   * How many bytes `input` and `arrived` must hold together before a pump can find a whole message to run. A message
   * arrives in chunks of about 40 KB: joined at every chunk, one of n chunks would be copied n times over (a 7 MB
   * statement, the Persian paragraphs of a 7,500-paragraph import, about 0.3-0.5 s of copying; 16 MB over a second).
   */
  private needed = 0;
  private isStarted = false;
  private isClosed = false;
  private readonly replies = new ReplyTracker();
  /** Everything touching PGlite for this connection runs on this chain, one step at a time, in order. */
  private work: Promise<void> = Promise.resolve();
  private markFinished!: () => void;

  constructor(
    private readonly socket: Socket,
    private readonly lite: PGlite,
    private readonly turns: SessionTurns,
  ) {
    this.finished = new Promise((resolve) => (this.markFinished = resolve));
    socket.on("data", (chunk) => {
      this.arrived.push(chunk);
      this.arrivedBytes += chunk.length;
      if (this.input.length + this.arrivedBytes >= this.needed) this.schedule(() => this.pump());
    });
    socket.on("error", () => this.close()); // a client that vanished; 'close' follows
    socket.on("close", () => this.close());
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    this.socket.destroy();
    this.schedule(() => this.rollBackAndLetGo());
    void this.work.then(() => this.markFinished());
  }

  private schedule(step: () => Promise<void>): void {
    this.work = this.work.then(step).catch((error: unknown) => {
      process.stderr.write(`Embedded database connection failed: ${String(error)}\n`);
      this.close();
    });
  }

  /** Runs every complete message received so far; a partial one waits for the rest of its bytes. */
  private async pump(): Promise<void> {
    while (!this.isClosed) {
      this.joinArrived(); // what came while a message ran
      if (!this.isStarted) {
        if (!(await this.handleStartup())) return;
        continue;
      }
      const { batch, isTerminating } = this.takeMessages();
      if (batch.length > 0) await this.run(batch);
      if (isTerminating) this.close();
      if (batch.length === 0 && this.arrived.length === 0) {
        this.needed = this.partialMessageLength();
        return;
      }
    }
  }

  private joinArrived(): void {
    if (this.arrived.length === 0) return;
    this.input = this.input.length === 0 && this.arrived.length === 1 ? this.arrived[0]! : Buffer.concat([this.input, ...this.arrived]);
    this.arrived = [];
    this.arrivedBytes = 0;
  }

  /** The whole length of the partial message `input` starts with (at least its header's 5 bytes), once started. */
  private partialMessageLength(): number {
    if (this.input.length < 5) return 5;
    return 1 + this.input.readInt32BE(1);
  }

  /** The first messages have no type byte: int32 length, int32 code, body. Returns false until one is whole. */
  private async handleStartup(): Promise<boolean> {
    if (this.input.length < 8) return false;
    const length = this.input.readInt32BE(0);
    const code = this.input.readInt32BE(4);
    if (length < 8 || length > MAX_STARTUP_LENGTH) return this.refuse("08P01", "invalid length of startup packet");
    if (this.input.length < length) return false;
    const message = this.input.subarray(0, length);
    this.input = this.input.subarray(length);

    if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
      this.socket.write("N"); // no encryption on a local socket; the client goes on with a plain startup
      return true;
    }
    if (code === CANCEL_REQUEST) return this.refuse(null, ""); // nothing to cancel: PGlite runs one query at a time, to the end
    if (code !== PROTOCOL_3_0) return this.refuse("0A000", `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}`);
    // PGlite recognises the startup packet by its first byte being 0 (a length below 16 MB) and answers with
    // AuthenticationOk, the parameters and ReadyForQuery; it may set session parameters, so it takes a turn too.
    await this.run(message);
    this.isStarted = true;
    return true;
  }

  private refuse(code: string | null, message: string): false {
    if (code !== null && this.socket.writable) this.socket.write(errorResponse(code, message));
    this.socket.end();
    this.close();
    return false;
  }

  /** Every whole message in the input, up to a Terminate, which is ours to handle (PGlite ignores it). */
  private takeMessages(): { batch: Buffer; isTerminating: boolean } {
    let end = 0;
    let isTerminating = false;
    while (end + 5 <= this.input.length) {
      const length = this.input.readInt32BE(end + 1);
      if (length < 4) throw new Error(`invalid message length ${length}`);
      if (end + 1 + length > this.input.length) break;
      if (this.input[end] === TERMINATE) {
        isTerminating = true;
        break;
      }
      end += 1 + length;
    }
    const batch = this.input.subarray(0, end);
    this.input = isTerminating ? Buffer.alloc(0) : this.input.subarray(end);
    return { batch, isTerminating };
  }

  /** Runs messages in this connection's turn, and gives the turn back if they leave the session idle. */
  private async run(messages: Buffer): Promise<void> {
    await this.turns.take(this);
    if (this.isClosed) return; // went away while waiting: rollBackAndLetGo, next on the chain, gives the turn back
    await this.lite.runExclusive(() =>
      this.lite.execProtocolRawStream(messages, {
        onRawData: (data) => {
          this.replies.feed(data);
          if (this.socket.writable) this.socket.write(Buffer.from(data)); // a copy: `data` may be PGlite's own memory
        },
      }),
    );
    if (this.replies.isIdle) this.turns.give(this);
  }

  private async rollBackAndLetGo(): Promise<void> {
    if (!this.turns.isHeldBy(this)) return;
    try {
      // Through the streaming call with a callback of its own: PGlite keeps the last stream callback and would
      // hand the plain call's replies to it (another connection's socket).
      if (!this.replies.isIdle && !this.lite.closed) {
        await this.lite.runExclusive(() => this.lite.execProtocolRawStream(ROLLBACK_LEFTOVERS, { onRawData: () => undefined }));
      }
    } finally {
      this.turns.give(this);
    }
  }
}

function cString(text: string): Buffer {
  return Buffer.from(`${text}\0`, "utf8");
}

function frame(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

/** A FATAL ErrorResponse, as Postgres sends before closing a connection it will not serve. */
function errorResponse(code: string, message: string): Buffer {
  return frame("E", Buffer.concat([cString("SFATAL"), cString("VFATAL"), cString(`C${code}`), cString(`M${message}`), Buffer.from([0])]));
}
