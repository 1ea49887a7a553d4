import { csvField, fetchAllPages, neutraliseFormula, toCsv, type CsvColumn } from '@/shared/data-table/csv';

describe('csvField: RFC 4180 quoting', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['carriage\r\nreturn', '"carriage\r\nreturn"'],
    ['trailing space ', 'trailing space '],
    ['Chloé Müller', 'Chloé Müller'],
  ])('%j -> %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('writes null and undefined as empty, numbers and booleans as text, dates as ISO, arrays joined', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField(true)).toBe('true');
    expect(csvField(new Date('2026-01-02T03:04:05.000Z'))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvField(['EU', 'US'])).toBe('EU; US');
  });
});

describe('formula injection', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', `"'\rreturn"`],
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['-2,5', `"'-2,5"`],
  ])('%j -> %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves cells that only contain those characters later alone', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('user@example.com')).toBe('user@example.com');
    expect(neutraliseFormula(' =1')).toBe(' =1');
    expect(neutraliseFormula('')).toBe('');
  });

  it('neutralises numbers that print with a leading minus, and header cells too', () => {
    expect(csvField(-5)).toBe("'-5");
    expect(toCsv([{ header: '=Name', value: () => 'x' }], [])).toBe("'=Name\r\n");
  });
});

describe('toCsv', () => {
  type Row = { name: string; note: string | null; count: number };
  const columns: CsvColumn<Row>[] = [
    { header: 'Name', value: (row) => row.name },
    { header: 'Note', value: (row) => row.note },
    { header: 'Count', value: (row) => row.count },
  ];

  it('writes a header line and one CRLF-terminated line per row', () => {
    const csv = toCsv(columns, [
      { name: 'Ada', note: null, count: 1 },
      { name: 'Lovelace, Ada', note: 'said "hello"\nthen left', count: 2 },
      { name: '=evil()', note: '@home', count: 3 },
    ]);
    expect(csv).toBe(
      'Name,Note,Count\r\n' +
        'Ada,,1\r\n' +
        '"Lovelace, Ada","said ""hello""\nthen left",2\r\n' +
        "'=evil(),'@home,3\r\n",
    );
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('Name,Note,Count\r\n');
  });
});

describe('fetchAllPages', () => {
  it('asks page after page at 1000 rows until it has the total, reporting progress', async () => {
    const all = Array.from({ length: 2345 }, (_, index) => ({ id: index }));
    const asked: [number, number][] = [];
    const progress: [number, number][] = [];
    const rows = await fetchAllPages(
      async (page, pageSize) => {
        asked.push([page, pageSize]);
        return {
          items: all.slice((page - 1) * pageSize, page * pageSize),
          total: all.length,
          page,
          pageSize,
        };
      },
      (loaded, total) => progress.push([loaded, total]),
    );
    expect(rows).toHaveLength(2345);
    expect(asked).toEqual([
      [1, 1000],
      [2, 1000],
      [3, 1000],
    ]);
    expect(progress).toEqual([
      [1000, 2345],
      [2000, 2345],
      [2345, 2345],
    ]);
  });

  it('stops when the server runs out of rows early, and stops when cancelled', async () => {
    let calls = 0;
    const rows = await fetchAllPages(async (page, pageSize) => {
      calls += 1;
      return { items: page === 1 ? [{ id: 1 }] : [], total: 5000, page, pageSize };
    });
    expect(rows).toHaveLength(1);
    expect(calls).toBe(1);

    const controller = new AbortController();
    controller.abort();
    await expect(
      fetchAllPages(
        async () => ({ items: [], total: 0, page: 1, pageSize: 1000 }),
        undefined,
        controller.signal,
      ),
    ).rejects.toThrow();
  });
});
