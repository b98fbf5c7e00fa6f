import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/field';
import type { DeskProcedure } from './catalogue';
import { FeeFields } from './fee-fields';
import type { ReceiveForm } from './receive-form';
import { ASSISTANCE_KINDS, CHANNELS, RESULT_DELIVERIES, type AssistanceKind, type Channel, type ResultDelivery } from './types';

interface Props {
  form: ReceiveForm;
  procedure: DeskProcedure | undefined;
  update: (patch: Partial<ReceiveForm>) => void;
  errorFor: (path: string) => string | undefined;
  onBlurField: (path: string) => void;
}

/** Where the dossier came in, where the result goes, who helped, and the fee of a single procedure (a bundle's fees are per child). */
export function ChannelFeeFields({ form, procedure, update, errorFor, onBlurField }: Props) {
  const { t } = useTranslation('desk');
  return (
    <fieldset className="card desk-fieldset">
      <legend>{t('receive.channelSection')}</legend>
      <div className="grid-2">
        <SelectField
          label={t('receive.channel')}
          value={form.channel}
          onChange={(v) => update({ channel: v as Channel })}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))}
          error={errorFor('channel')}
        />
        <SelectField
          label={t('receive.resultDelivery')}
          value={form.resultDelivery}
          onChange={(v) => update({ resultDelivery: v as ResultDelivery })}
          options={RESULT_DELIVERIES.map((d) => ({ value: d, label: t(`deliveries.${d}`) }))}
          error={errorFor('resultDelivery')}
        />
        <SelectField
          label={t('receive.assistance')}
          value={form.assistance.kind}
          onChange={(v) => update({ assistance: { ...form.assistance, kind: v as AssistanceKind | '' } })}
          options={[{ value: '', label: t('receive.assistanceNone') }, ...ASSISTANCE_KINDS.map((k) => ({ value: k, label: t(`assistanceKinds.${k}`) }))]}
        />
        {form.assistance.kind && (
          <>
            <TextField
              label={t('receive.assistantName')}
              value={form.assistance.fullName}
              onChange={(v) => update({ assistance: { ...form.assistance, fullName: v } })}
              error={errorFor('assistedBy.fullName')}
              onBlur={() => onBlurField('assistedBy.fullName')}
            />
            <TextField label={t('receive.organisation')} value={form.assistance.organisation} onChange={(v) => update({ assistance: { ...form.assistance, organisation: v } })} />
          </>
        )}
      </div>
      {procedure && (
        <>
          <h2>{t('receive.feeSection')}</h2>
          <FeeFields procedure={procedure} channel={form.channel} fee={form.fee} onFee={(fee) => update({ fee })} errorFor={errorFor} onBlurField={onBlurField} />
        </>
      )}
    </fieldset>
  );
}
