import { parseBatchLines } from './batch-lines';

describe('parseBatchLines', () => {
  it('numbers NDJSON items by their physical line, skipping blank lines and CRLF endings', () => {
    const text = '{"a":1}\r\n\n  \n{"b":2}\n';
    expect(parseBatchLines(text, 'ndjson', 10)).toEqual({
      kind: 'lines',
      lines: [
        { line: 1, value: { a: 1 } },
        { line: 4, value: { b: 2 } },
      ],
    });
  });

  it('reports a line that is not JSON on that line and keeps the others', () => {
    const parsed = parseBatchLines('{"a":1}\n{"b":\n[3]', 'ndjson', 10);
    expect(parsed).toEqual({
      kind: 'lines',
      lines: [
        { line: 1, value: { a: 1 } },
        { line: 2, errors: [{ path: '$', message: expect.stringMatching(/^not JSON: /) }] },
        { line: 3, value: [3] },
      ],
    });
  });

  it('numbers JSON array items from 1', () => {
    expect(parseBatchLines('[{"a":1}, 2]', 'json-array', 10)).toEqual({
      kind: 'lines',
      lines: [
        { line: 1, value: { a: 1 } },
        { line: 2, value: 2 },
      ],
    });
  });

  it.each([
    ['ndjson', '1\n2\n3\n'],
    ['json-array', '[1,2,3]'],
  ] as const)('refuses more items than allowed (%s)', (format, text) => {
    expect(parseBatchLines(text, format, 2)).toEqual({ kind: 'too-many', count: 3 });
  });

  it.each([
    ['ndjson', '\n \n', 'the batch has no articles'],
    ['json-array', '[]', 'the batch has no articles'],
    ['json-array', '{"source":"cms"}', 'a JSON batch must be an array of articles'],
    ['json-array', '[{"a":', 'request body is not JSON'],
  ] as const)('calls a %s body %j unreadable', (format, text, message) => {
    const parsed = parseBatchLines(text, format, 10);
    expect(parsed.kind).toBe('unreadable');
    expect((parsed as { message: string }).message).toContain(message);
  });
});
