import QRCode from 'qrcode';
import { escapeHtml } from './printable';

/**
 * The dossier code as a QR code, inline SVG (no image request, prints sharp on any printer): the desk scans it
 * back instead of typing the code, as DOMAIN.md §2 (form 01) expects of implementations. Quiet zone of 4 modules.
 */
export function qrCodeSvg(text: string, sizeMm = 22): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const side = modules.size + 2 * quiet;
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${sizeMm}mm" height="${sizeMm}mm" shape-rendering="crispEdges" role="img" aria-label="Mã QR ${escapeHtml(text)}"><rect width="${side}" height="${side}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
