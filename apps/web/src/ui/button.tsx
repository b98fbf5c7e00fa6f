import type { ButtonHTMLAttributes } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Shows progress and blocks a second click while the request runs. */
  busy?: boolean;
  primary?: boolean;
  danger?: boolean;
}

export function Button({ busy, primary, danger, className, disabled, children, ...rest }: Props) {
  const classes = ['btn', primary && 'btn-primary', danger && 'btn-danger', busy && 'btn-busy', className].filter(Boolean).join(' ');
  return (
    <button type="button" className={classes} disabled={disabled || busy} aria-busy={busy || undefined} {...rest}>
      {busy && <span className="spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
