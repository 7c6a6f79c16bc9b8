import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ManifestError } from './marketplace/index.ts';
import { ConnectionTracker } from './platform/http/connection-tracker.ts';

/** The only file that opens a port. */
async function main() {
  const config = loadConfig();
  const app = await buildApp(config);
  const connections = new ConnectionTracker(app.server);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const timer = setTimeout(() => {
      app.log.error('the server did not close in time; exiting');
      process.exit(1);
    }, config.shutdownGraceMs * 2);
    timer.unref();
    const closed = app.close();
    if (!(await connections.requestsFinished(config.shutdownGraceMs))) {
      app.log.error({ requestsInFlight: connections.requestsInFlight }, 'in-flight requests did not finish in time; exiting');
      process.exit(1);
    }
    // What is left carries no request: idle keep-alive connections and WebSockets (whose peers may
    // be gone and would hold the close open for their own timeouts). Clients reconnect elsewhere.
    const ended = connections.destroyRemaining();
    await closed;
    app.log.info({ connectionsEnded: ended }, 'stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  const where = app.db.location;
  app.log.info({ database: app.db.dialect, where }, `Tandem is running at http://localhost:${config.port} (database: ${app.db.dialect})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ManifestError) {
    console.error(error.message);
  } else {
    console.error('Tandem could not start:', error);
  }
  process.exit(1);
});
