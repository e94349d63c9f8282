/**
 * The timings a HomeConnection can be given and the ones it uses when not:
 * backoff between retries, how long a socket and a login may take, and the
 * heartbeat. Its own file so the connection's code reads as what it does, not
 * as a list of numbers; tests shorten them all.
 */

export interface HomeConnectionOptions {
  /** Wait before the first retry; doubles on each failure. Default 1,000 ms. */
  retryMinMs?: number;
  /** Longest wait between retries. Default 30,000 ms. */
  retryMaxMs?: number;
  /** Give up on a socket that has not opened after this long. Default 10,000 ms. */
  connectTimeoutMs?: number;
  /**
   * Give up on a login the hub has not answered (neither auth_ok nor
   * auth_invalid) this long after the socket opened, and retry with backoff
   * as for an unreachable hub. Default 15,000 ms.
   */
  authTimeoutMs?: number;
  /**
   * Ping the hub this often and drop the link if no pong comes within the
   * same time (at most 10 s): a TV on Wi-Fi often loses the network without
   * the socket ever closing. Default 30,000 ms; 0 turns it off.
   */
  heartbeatMs?: number;
}

/** `options` with every timing it leaves out set to its default. */
export function withDefaultTimings(
  options: HomeConnectionOptions,
): Required<HomeConnectionOptions> {
  return {
    retryMinMs: options.retryMinMs ?? 1_000,
    retryMaxMs: options.retryMaxMs ?? 30_000,
    connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
    authTimeoutMs: options.authTimeoutMs ?? 15_000,
    heartbeatMs: options.heartbeatMs ?? 30_000,
  };
}
