import { useState, type ReactNode } from 'react';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { printDocument } from '../../ui/print-document';

/** Prints one of the gateway's printable documents, with progress and the error next to the button. */
export function PrintButton({ path, children, primary, testId }: { path: string; children: ReactNode; primary?: boolean; testId?: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function print() {
    setBusy(true);
    setError(undefined);
    try {
      await printDocument(path);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <span className="desk-print">
      <Button primary={primary} busy={busy} onClick={() => void print()} data-testid={testId} data-print-path={path}>
        {children}
      </Button>
      <ErrorBanner error={error} />
    </span>
  );
}
