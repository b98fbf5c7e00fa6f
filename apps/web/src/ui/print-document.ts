import { api } from '../api/api-client';

/**
 * Prints one of the gateway's printable documents (forms 01–05, the register), which are whole HTML pages laid
 * out for A4/A5: fetched with the session's token, written into a hidden iframe, printed from there.
 * Returns the HTML so a screen can also show it.
 */
export async function printDocument(path: string, options: { print?: boolean } = {}): Promise<string> {
  const html = await api.text(path);
  if (options.print === false) return html;
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.appendChild(frame);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(html);
  doc.close();
  await new Promise((r) => setTimeout(r, 50));
  frame.contentWindow?.focus();
  frame.contentWindow?.print();
  setTimeout(() => frame.remove(), 60_000);
  return html;
}
