import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldShell } from '../../ui/field';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
}

/** A multi-line field with its label, hint and error (the ui/ kit has single-line fields only). */
export function TextAreaField({ label, value, onChange, error, hint, rows = 3, ...rest }: Props) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ id, describedBy }) => (
        <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      )}
    </FieldShell>
  );
}
