/** Whether a Home Assistant version (`2025.10.1`, `2022.4.0b0`) is at least year.month. */
export function haVersionAtLeast(
  version: string | undefined,
  year: number,
  month: number,
): boolean {
  const [major = 0, minor = 0] = (version ?? '').split('.').map((part) => parseInt(part, 10) || 0);
  return major > year || (major === year && minor >= month);
}
