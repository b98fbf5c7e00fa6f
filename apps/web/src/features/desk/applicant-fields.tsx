import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/field';
import { birthYearOf, genderOf } from './personal-id';
import type { ApplicantEntry, ReceiveForm } from './receive-form';

interface Props {
  applicant: ApplicantEntry;
  submitter: ReceiveForm['submitter'];
  onApplicant: (patch: Partial<ApplicantEntry>) => void;
  onSubmitter: (patch: Partial<ReceiveForm['submitter']>) => void;
  errorFor: (path: string) => string | undefined;
  onBlurField: (path: string) => void;
}

/** The applicant (the dossier's owner) and, when someone else hands it in, that person. */
export function ApplicantFields({ applicant: a, submitter: s, onApplicant, onSubmitter, errorFor, onBlurField }: Props) {
  const { t } = useTranslation('desk');
  const idError = errorFor('applicant.idNumber');
  const id = a.idNumber.trim();
  const decoded = /^\d{12}$/.test(id) && !idError ? t('receive.idDecoded', { year: birthYearOf(id), gender: t(`receive.${genderOf(id)}`), province: id.slice(0, 3) }) : undefined;
  const field = (path: string) => ({ error: errorFor(path), onBlur: () => onBlurField(path) });
  return (
    <fieldset className="card desk-fieldset">
      <legend>{t('receive.applicant')}</legend>
      <div className="grid-2">
        <TextField label={t('receive.fullName')} value={a.fullName} onChange={(v) => onApplicant({ fullName: v })} autoComplete="off" {...field('applicant.fullName')} />
        <TextField
          label={t('receive.idNumber')}
          value={a.idNumber}
          onChange={(v) => onApplicant({ idNumber: v })}
          inputMode="numeric"
          maxLength={14}
          autoComplete="off"
          hint={decoded}
          {...field('applicant.idNumber')}
        />
        <TextField label={t('receive.birthYear')} value={a.birthYear} onChange={(v) => onApplicant({ birthYear: v })} inputMode="numeric" maxLength={4} {...field('applicant.birthYear')} />
        <TextField label={t('receive.phone')} value={a.phone} onChange={(v) => onApplicant({ phone: v })} inputMode="tel" hint={t('receive.phoneHint')} {...field('applicant.phone')} />
        <TextField label={t('receive.email')} value={a.email} onChange={(v) => onApplicant({ email: v })} type="email" {...field('applicant.email')} />
        <TextField label={t('receive.address')} value={a.address} onChange={(v) => onApplicant({ address: v })} {...field('applicant.address')} />
      </div>
      <label className="desk-inline">
        <input type="checkbox" checked={s.byOther} onChange={(e) => onSubmitter({ byOther: e.target.checked })} /> {t('receive.byOther')}
      </label>
      {s.byOther && (
        <div className="grid-2 desk-sub">
          <TextField label={t('receive.submitterName')} value={s.fullName} onChange={(v) => onSubmitter({ fullName: v })} {...field('submitter.fullName')} />
          <TextField label={t('receive.relation')} value={s.relation} onChange={(v) => onSubmitter({ relation: v })} {...field('submitter.relation')} />
          <TextField label={t('receive.submitterPhone')} value={s.phone} onChange={(v) => onSubmitter({ phone: v })} inputMode="tel" {...field('submitter.phone')} />
        </div>
      )}
    </fieldset>
  );
}
