/**
 * A walk's checks, each reported on its own: `check(name, work)` runs `work`,
 * keeps { check, ok, detail } (detail: what `work` answered, or the first line
 * of its error) and logs it. While `notRunBecause()` gives a reason (the portal
 * did not start, no channel played), later checks are listed as not run instead
 * of each waiting out its time limit.
 */
export function checkList(log, notRunBecause = () => null) {
  const results = [];
  const check = async (name, work) => {
    const reason = notRunBecause();
    if (reason) {
      results.push({ check: name, ok: false, detail: `not run: ${reason}` });
      log(`    ✘ ${name}: not run, ${reason}`);
      return;
    }
    try {
      const detail = await work();
      results.push({ check: name, ok: true, detail: detail ?? '' });
      log(`    ✓ ${name}${detail ? ` (${detail})` : ''}`);
    } catch (error) {
      results.push({ check: name, ok: false, detail: error.message.split('\n')[0] });
      log(`    ✘ ${name}: ${error.message.split('\n')[0]}`);
    }
  };
  return { results, check };
}
