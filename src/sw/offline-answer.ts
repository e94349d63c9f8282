/**
 * What a personal request gets when the network is down: a plain, uncached
 * 503 that says so, instead of a browser error page or a stale copy.
 */
export function offlineAnswer(): Response {
  return new Response(
    JSON.stringify({
      offline: true,
      message: '网络已断开，这项服务需要联网。 You are offline; this service needs the network.',
    }),
    {
      status: 503,
      statusText: 'Offline',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Hearth-Offline': '1',
      },
    },
  );
}
