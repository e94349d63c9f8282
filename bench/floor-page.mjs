// A control for measure 2: five rows of plain buttons, focus moved by a ten-line
// keydown handler, no framework, no transitions. The same probe and presses on it show
// what key → paint costs in this browser on this machine before any app code runs, so a
// figure for the portal can be read against it.
export const FLOOR_PATH = '/bench-floor.html';

const rows = [
  ['中文', 'English'],
  ['标准', '大', '特大'],
  ['关', '开'],
  ['关', '开'],
  ['关于本机', '清除家庭数据…'],
];

export const FLOOR_HTML = `<!doctype html>
<html lang="zh-CN">
<meta charset="utf-8">
<title>key → paint floor</title>
<style>
  body { margin: 0; background: #12161b; color: #fff; font: 32px sans-serif; }
  .row { display: flex; gap: 24px; margin: 28px 96px; }
  button { font: inherit; padding: 16px 40px; border: 0; border-radius: 12px; background: #2a3038; color: #fff; }
  button:focus { outline: none; box-shadow: 0 0 0 6px #fff; }
</style>
${rows.map((row) => `<div class="row">${row.map((label) => `<button>${label}</button>`).join('')}</div>`).join('\n')}
<script>
  const rows = [...document.querySelectorAll('.row')].map((row) => [...row.children]);
  const steps = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  let r = 0, c = 0;
  addEventListener('keydown', (event) => {
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    r = Math.max(0, Math.min(rows.length - 1, r + step[0]));
    c = Math.max(0, Math.min(rows[r].length - 1, step[0] ? Math.min(c, rows[r].length - 1) : c + step[1]));
    rows[r][c].focus();
  });
  rows[0][0].focus();
  performance.mark('bench:ready');
</script>
</html>
`;
