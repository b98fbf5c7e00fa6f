import { codeSearch } from './search';

describe('the inbox’s search by dossier code', () => {
  it('takes a whole code or a part of it, trimmed, in upper case', () => {
    expect(codeSearch('000.72.69.H20-261121-0007')).toEqual({ code: '000.72.69.H20-261121-0007' });
    expect(codeSearch(' h20-261121-0007 ')).toEqual({ code: 'H20-261121-0007' });
    expect(codeSearch('0007')).toEqual({ code: '0007' });
  });

  it('is no filter when empty, and names what is wrong otherwise', () => {
    expect(codeSearch('   ')).toEqual({});
    expect(codeSearch('07')).toEqual({ problem: 'tooShort' });
    expect(codeSearch("0007' OR 1=1")).toEqual({ problem: 'badCharacters' });
    expect(codeSearch('hồ sơ')).toEqual({ problem: 'badCharacters' });
    expect(codeSearch('261121 0007')).toEqual({ problem: 'badCharacters' });
  });
});
