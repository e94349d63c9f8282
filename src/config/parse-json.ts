/**
 * JSON.parse with an error an operator can act on: where the file breaks (line
 * and column) and why, but never the engine's quote of the surrounding text,
 * which could hold a token.
 */
export interface JsonPosition {
  line: number;
  column: number;
}

export type ParsedJson =
  { ok: true; value: unknown } | { ok: false; reason: string; position?: JsonPosition };

export function parseJson(text: string): ParsedJson {
  // Notepad on Windows saves UTF-8 with a byte order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = enginePosition(message, json) ?? locate(json);
    return { ok: false, reason: shortReason(message), ...(position ? { position } : {}) };
  }
}

/**
 * The engine's reason without quoted source or position:
 *   V8 ≥ 10.7  Unexpected token 'x', "{"a": x}" is not valid JSON
 *   V8 old     Unexpected token x in JSON at position 6
 *   V8         Expected ',' or '}' after property value in JSON at position 9 (line 1 column 10)
 *   Firefox    JSON.parse: unexpected character at line 1 column 7 of the JSON data
 *   Safari     JSON Parse error: Unexpected identifier "x"
 */
function shortReason(message: string): string {
  const reason = message
    .replace(/^JSON\.parse: /, '')
    .replace(/^JSON Parse error: /, '')
    .replace(/, (\.\.\.)?".*$/s, '')
    .replace(/\s+(in JSON\s+)?at (position|line) .*$/s, '')
    .replace(/ "[^"]*"$/, '')
    .trim();
  return reason || 'syntax error';
}

function enginePosition(message: string, text: string): JsonPosition | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const offset = /at position (\d+)/.exec(message);
  return offset ? positionOf(text, Number(offset[1])) : undefined;
}

function locate(text: string): JsonPosition | undefined {
  const offset = locateJsonError(text);
  return offset === undefined ? undefined : positionOf(text, offset);
}

/** 1-based line and column of a UTF-16 offset. */
export function positionOf(text: string, offset: number): JsonPosition {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Offset of the first syntax error in `text`, or undefined if it is valid JSON.
 * Current V8 (Chromium, Node) names no position for an unexpected token, the
 * most common hand-editing mistake (a comment, single quotes, a bare word), so
 * this small RFC 8259 scanner finds it. It only runs after JSON.parse failed.
 */
export function locateJsonError(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new JsonSyntaxAt(i);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const expect = (char: string): void => {
    if (text.charAt(i) !== char) fail();
    i++;
  };
  const word = (literal: string): void => {
    for (const char of literal) expect(char);
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      if (i >= text.length) fail();
      const char = text.charAt(i);
      if (char === '"') {
        i++;
        return;
      }
      if (char < ' ') fail();
      if (char === '\\') {
        i++;
        if (text.charAt(i) === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(text.charAt(i)) && i < text.length) i++;
        else fail();
      } else i++;
    }
  };
  const number = (): void => {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i));
    if (!match) fail();
    else i += match[0].length;
  };
  const members = (close: string, member: () => void): void => {
    i++;
    skipSpace();
    if (text.charAt(i) === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      skipSpace();
      if (text.charAt(i) === close) {
        i++;
        return;
      }
      expect(',');
      skipSpace();
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(i);
    if (char === '{') {
      members('}', () => {
        string();
        skipSpace();
        expect(':');
        value();
      });
    } else if (char === '[') members(']', value);
    else if (char === '"') string();
    else if (char === 't') word('true');
    else if (char === 'f') word('false');
    else if (char === 'n') word('null');
    else number();
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail();
    return undefined;
  } catch (error) {
    // Anything else (a stack overflow on absurd nesting) just means "no position".
    return error instanceof JsonSyntaxAt ? error.offset : undefined;
  }
}

class JsonSyntaxAt {
  constructor(readonly offset: number) {}
}
