/**
 * The last resort when start-up itself throws: plain DOM, no components, both
 * languages, so the household never faces a blank screen. Deliberately not
 * through @lit/localize: this runs when start-up (i18n included) has failed.
 */
export function showFatalError(error: unknown): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'position:fixed;top:0;right:0;bottom:0;left:0;display:flex;flex-direction:column;justify-content:center;padding:5vh 5vw;background:#12161b;color:#f4f1ea;font:4vh sans-serif;line-height:1.5';
  const zh = document.createElement('p');
  zh.textContent = 'Hearth 无法启动。请关闭电视再打开；如果仍然不行，请联系您的运营商。';
  const en = document.createElement('p');
  en.textContent =
    'Hearth could not start. Switch the TV off and on again; if that does not help, call your operator.';
  const detail = document.createElement('p');
  detail.style.cssText = 'font-size:2.4vh;opacity:.7';
  detail.textContent = error instanceof Error ? error.message : String(error);
  const retry = document.createElement('button');
  retry.textContent = '重试 / Retry';
  retry.style.cssText = 'align-self:flex-start;font-size:4vh;padding:1vh 3vw;margin-top:3vh';
  retry.addEventListener('click', () => location.reload());
  for (const part of [zh, en, detail, retry]) box.appendChild(part);
  // Plain DOM of 2014: this screen must show on the oldest engine that can fail to start.
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  document.body.appendChild(box);
  retry.focus();
}
