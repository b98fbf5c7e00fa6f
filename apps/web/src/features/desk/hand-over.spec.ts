import { handOverBody, inboxOrder } from './hand-over';

describe('hand-over', () => {
  it('names the authorised person (NFC) and their authorisation; the applicant needs no name', () => {
    expect(handOverBody('desk', 'applicant', 'ignored', 'x')).toEqual({ method: 'desk', recipient: { kind: 'applicant' } });
    expect(handOverBody('home', 'authorised', ' Lê  Văn Nhận ', ' UQ-12 ')).toEqual({ method: 'home', recipient: { kind: 'authorised', fullName: 'Lê Văn Nhận', authorisationRef: 'UQ-12' } });
    expect(handOverBody('post', 'authorised', 'Lê Văn Nhận', '')).toEqual({ method: 'post', recipient: { kind: 'authorised', fullName: 'Lê Văn Nhận' } });
  });

  it('puts results waiting at the desk first, oldest first', () => {
    const d = (code: string, status: string, receivedAt: string, resultReadyAt: string | null = null) => ({ code, status, receivedAt, resultReadyAt });
    const order = inboxOrder([
      d('a', 'in-progress', '2026-11-01'),
      d('b', 'result-ready', '2026-11-02', '2026-11-10'),
      d('c', 'result-ready', '2026-11-03', '2026-11-05'),
      d('e', 'handed-over', '2026-11-04'),
    ]).map((x) => x.code);
    expect(order).toEqual(['c', 'b', 'e', 'a']);
  });
});
