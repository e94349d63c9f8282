/**
 * JSON Pointers (RFC 6901) into form data: every field and every problem is
 * named by one ("/elder/idNumber", "/children/0"). Setting returns a new value
 * (the old one is left untouched), so a Lit view can assign it to a state.
 */

export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function childPointer(parent: string, token: string | number): string {
  return `${parent}/${escapeToken(String(token))}`;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

export function getValue(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const token of pointerTokens(pointer)) {
    if (!isContainer(current)) return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/** A copy of `data` with `value` at `pointer` (undefined removes it); missing parents become objects. */
export function setValue<T>(data: T, pointer: string, value: unknown): T {
  return write(data, pointerTokens(pointer), value) as T;
}

function write(container: unknown, tokens: string[], value: unknown): unknown {
  const [token, ...rest] = tokens;
  if (token === undefined) return value;
  const inner =
    rest.length === 0
      ? value
      : write(
          isContainer(container) ? (container as Record<string, unknown>)[token] : undefined,
          rest,
          value,
        );
  if (Array.isArray(container)) {
    const copy = [...container];
    const index = token === '-' ? copy.length : Number(token);
    if (inner === undefined) copy.splice(index, 1);
    else copy[index] = inner;
    return copy;
  }
  const copy: Record<string, unknown> = isContainer(container) ? { ...container } : {};
  if (inner === undefined) delete copy[token];
  else copy[token] = inner;
  return copy;
}

/** `pointer` is `ancestor` or lies inside it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}
