import jsQR from 'jsqr';
import { qrCodeSvg } from './qr-code';

/** Rasterises our SVG (unit squares in one path) the way a printer would, `scale` pixels per module. */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; width: number; height: number } {
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const width = side * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y] of svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, width, height: width };
}

describe('the QR code on form 01', () => {
  it.each(['29972-261121-0001', '000.00.00.H12-261121-0042'])('scans back to the dossier code %s', (code) => {
    const { data, width, height } = rasterise(qrCodeSvg(code));
    expect(jsQR(data, width, height)?.data).toBe(code);
  });

  it('is sized for print in millimetres and labelled for screen readers', () => {
    const svg = qrCodeSvg('29972-261121-0001', 20);
    expect(svg).toContain('width="20mm"');
    expect(svg).toContain('aria-label="Mã QR 29972-261121-0001"');
  });
});
