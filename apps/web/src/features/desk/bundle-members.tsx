import { useTranslation } from 'react-i18next';
import type { DeskBundle } from './catalogue';
import { DocumentChecklist } from './document-checklist';
import { FeeFields } from './fee-fields';
import { membersFor } from './bundle-form';
import type { MemberEntry } from './receive-form';
import type { Channel } from './types';

interface Props {
  bundle: DeskBundle;
  members: MemberEntry[];
  channel: Channel;
  onMember: (index: number, member: MemberEntry) => void;
  errorFor: (path: string) => string | undefined;
  onBlurField: (path: string) => void;
}

/** A bundle's children, one after the other: each its own checklist and its own fee (one applicant for all). */
export function BundleMembers({ bundle, members, channel, onMember, errorFor, onBlurField }: Props) {
  const { t } = useTranslation('desk');
  const fresh = membersFor(bundle);
  return (
    <>
      {bundle.members.map((procedure, i) => {
        const member = members[i] ?? fresh[i];
        const prefix = `members[${i}].`;
        return (
          <section key={procedure.code} className="desk-member" data-testid={`desk-member-${i}`} aria-labelledby={`desk-member-${i}-title`}>
            <h3 id={`desk-member-${i}-title`}>
              {t('bundle.child', { n: i + 1, count: bundle.members.length })}: {procedure.code} — {procedure.name}
            </h3>
            <p className="muted">
              {procedure.field} · {t('receive.timeLimit')}: {t(`timeUnits.${procedure.timeLimit.unit}`, { value: procedure.timeLimit.value })}
            </p>
            <DocumentChecklist
              procedure={procedure}
              entries={member.documents}
              prefix={prefix}
              errorFor={errorFor}
              onBlurField={onBlurField}
              onChange={(j, entry) => onMember(i, { ...member, documents: member.documents.map((d, k) => (k === j ? entry : d)) })}
            />
            <FeeFields procedure={procedure} channel={channel} fee={member.fee} prefix={prefix} onFee={(fee) => onMember(i, { ...member, fee })} errorFor={errorFor} onBlurField={onBlurField} />
          </section>
        );
      })}
    </>
  );
}
