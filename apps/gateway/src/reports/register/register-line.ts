import type { DossierRegister, RegisterApplicant, RegisterEntry } from '@motcua/contracts';

/** A register line with its personal columns, which come from intake (null where intake did not answer for it). */
export interface RegisterLine extends RegisterEntry {
  applicantName: string | null;
  address: string | null;
  phone: string | null;
  setCount: number | null;
}

export interface RegisterPage extends Omit<DossierRegister, 'items'> {
  items: RegisterLine[];
}

/** Joins tracking's lines with intake's personal columns, by dossier code. */
export function withApplicants(entries: readonly RegisterEntry[], applicants: readonly RegisterApplicant[]): RegisterLine[] {
  const byCode = new Map(applicants.map((a) => [a.dossierCode, a]));
  return entries.map((entry) => {
    const a = byCode.get(entry.dossierCode);
    return { ...entry, applicantName: a?.applicantName ?? null, address: a?.address ?? null, phone: a?.phone ?? null, setCount: a?.setCount ?? null };
  });
}
