import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Knows every open connection of the HTTP server and how many requests are being answered, so a
 * shutdown can wait for the requests in flight and then end what is left: idle keep-alive
 * connections and upgraded WebSockets, whose peers may be gone and would otherwise hold the
 * server's close open until their own timeouts.
 */
export class ConnectionTracker {
  private readonly sockets = new Set<Socket>();
  private inFlight = 0;

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    server.on('request', (_request, response) => {
      this.inFlight += 1;
      response.once('close', () => (this.inFlight -= 1));
    });
  }

  get requestsInFlight(): number {
    return this.inFlight;
  }

  /**
   * Resolves true once the server has stopped listening and no request is in flight, false when
   * `timeoutMs` passes first.
   */
  async requestsFinished(timeoutMs: number, pollMs = 25): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.server.listening || this.inFlight > 0) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    return true;
  }

  /** Ends every connection still open; call only once no request is in flight. */
  destroyRemaining(): number {
    const count = this.sockets.size;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    return count;
  }
}
