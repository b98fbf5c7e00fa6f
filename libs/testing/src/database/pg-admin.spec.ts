import { databaseUrlFor, parseMark, quoteIdent, MARK_PREFIX } from './pg-admin';

describe('pg-admin helpers', () => {
  it('replaces only the database of a URL', () => {
    expect(databaseUrlFor('postgres://u:p@h:5433/postgres?sslmode=disable', 't_1')).toBe('postgres://u:p@h:5433/t_1?sslmode=disable');
    expect(databaseUrlFor('postgres://postgres@127.0.0.1:5432', 'x')).toBe('postgres://postgres@127.0.0.1:5432/x');
  });

  it('quotes identifiers', () => {
    expect(quoteIdent('t_1')).toBe('"t_1"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
  });

  it('reads only its own marks', () => {
    expect(parseMark(`${MARK_PREFIX}{"kind":"db","created":1,"run":"r"}`)).toEqual({ kind: 'db', created: 1, run: 'r' });
    expect(parseMark('someone else’s comment')).toBeUndefined();
    expect(parseMark(null)).toBeUndefined();
    expect(parseMark(`${MARK_PREFIX}{broken`)).toBeUndefined();
  });
});
