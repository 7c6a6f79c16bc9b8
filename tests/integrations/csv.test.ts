import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/integrations/sell-chat/audit/csv.ts';

describe('CSV cells of the read audit export', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvRow(['Mei Tanaka', 42, null, 'lead'])).toBe('Mei Tanaka,42,,lead\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('Tanaka, Mei')).toBe('"Tanaka, Mei"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('turns what a spreadsheet would run as a formula into text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('+1 415 555 0100')).toBe(`"'+1 415 555 0100"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});
