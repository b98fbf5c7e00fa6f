import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/field';
import type { DeskProcedure } from './catalogue';
import { feeStatus, formatVnd, listedFee, type FeeInput } from './fees';
import type { Channel } from './types';

interface Props {
  procedure: DeskProcedure;
  channel: Channel;
  fee: FeeInput;
  onFee: (fee: FeeInput) => void;
  errorFor: (path: string) => string | undefined;
  onBlurField: (path: string) => void;
  /** Field paths under a bundle's member (`members[1].`): each child pays its own fee, with its own receipt. */
  prefix?: string;
}

/** One procedure's fee for the channel: the listed amount, an exemption the catalogue lists, or the receipt number. */
export function FeeFields({ procedure, channel, fee, onFee, errorFor, onBlurField, prefix = '' }: Props) {
  const { t } = useTranslation('desk');
  const listed = listedFee(procedure, channel);
  const status = feeStatus(listed, fee);
  return (
    <div className="desk-fee">
      <p>{t('receive.feeListed', { channel: t(`channels.${channel}`), amount: formatVnd(listed) })}</p>
      {listed > 0 && (
        <div className="grid-2">
          {procedure.feeExemptions.length > 0 && (
            <SelectField
              label={t('receive.exemption')}
              value={fee.exemption}
              onChange={(v) => onFee({ ...fee, exemption: v })}
              options={[{ value: '', label: t('receive.exemptionNone') }, ...procedure.feeExemptions.map((e) => ({ value: e, label: e }))]}
              error={errorFor(`${prefix}fee.exemption`)}
            />
          )}
          {!fee.exemption && (
            <TextField
              label={t('receive.receiptNumber')}
              value={fee.receiptNumber}
              onChange={(v) => onFee({ ...fee, receiptNumber: v })}
              error={errorFor(`${prefix}fee.receiptNumber`)}
              onBlur={() => onBlurField(`${prefix}fee.receiptNumber`)}
            />
          )}
        </div>
      )}
      <p className={`desk-fee-status desk-fee-${status}`} data-testid="desk-fee-status">
        {t(`receive.feeStatus.${status}`)}
      </p>
    </div>
  );
}
