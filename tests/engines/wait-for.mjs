// Polling a page until something a person would see is there, for every engine page
// (DevTools or WebDriver): both only need `evaluate`.

/**
 * Polls `expression` on `page` until it is truthy; returns its value, or throws `what`
 * with the last value seen after `timeout` ms.
 */
export async function waitFor(page, expression, what, timeout = 15_000) {
  const until = Date.now() + timeout;
  let last;
  while (Date.now() < until) {
    try {
      last = await page.evaluate(expression, 10_000);
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `${what} (waited ${timeout / 1000} s; last: ${JSON.stringify(last)?.slice(0, 200)})`,
  );
}
