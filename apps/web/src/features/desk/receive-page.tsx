import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStaff } from '../../auth/auth-context';
import { Button } from '../../ui/button';
import { ErrorBanner } from '../../ui/error-banner';
import { TextField } from '../../ui/field';
import { Loading, Page } from '../../ui/page';
import { useApi } from '../../ui/use-api';
import { ApplicantFields } from './applicant-fields';
import { ChannelFeeFields } from './channel-fee-fields';
import { BundleMembers } from './bundle-members';
import { bundleBody, checkBundleForm, membersFor, missingByMember } from './bundle-form';
import type { CatalogueHit, DeskBundle } from './catalogue';
import { loadCatalogue, refuseAtDesk, submitBundle, submitDossier } from './desk-api';
import { DocumentChecklist } from './document-checklist';
import { fieldErrors, incompleteOutcome, keyReused, outcomeUnknown, rotateKeyAfter } from './outcome';
import { ProcedurePicker } from './procedure-picker';
import { checkApplicant, checkReasons, checkReceiveForm, checklistFor, emptyForm, missingDocuments, refusalBody, submitBody, type Problem, type ReceiveForm } from './receive-form';
import { ReceiveOutcome, type Outcome } from './receive-outcome';
import { RefusalForm } from './refusal-form';
import { useSessionDraft } from './use-session-draft';

interface Draft {
  form: ReceiveForm;
  /** Idempotency-Key of the next submit, kept across retries until an outcome is recorded. */
  key: string;
  refusalKey: string;
  refusing: boolean;
  reasons: string;
}

const newKey = () => crypto.randomUUID();

/** Receive a dossier at the desk: procedure, checklist, applicant, channel and fee → form 01, 02 or 03. */
export function ReceivePage() {
  const { t } = useTranslation('desk');
  const staff = useStaff();
  const defaultChannel = staff.roles.includes('after-hours-clerk') && !staff.roles.includes('desk-clerk') ? 'after-hours-counter' : 'counter';
  const fresh = (): Draft => ({ form: emptyForm(defaultChannel), key: newKey(), refusalKey: newKey(), refusing: false, reasons: '' });
  const draft = useSessionDraft<Draft>(`motcua.desk.receive.${staff.username}`, fresh);
  // a draft kept by an earlier version of this screen lacks the bundle's fields
  const form: ReceiveForm = { ...emptyForm(defaultChannel), ...draft.value.form };
  const catalogue = useApi((signal) => loadCatalogue(staff.unitCode, signal), [staff.unitCode]);
  const bundle = useMemo(() => (form.bundleCode ? catalogue.data?.bundles.find((b) => b.code === form.bundleCode) : undefined), [catalogue.data, form.bundleCode]);
  const procedure = useMemo(() => (form.bundleCode ? undefined : catalogue.data?.procedures.find((p) => p.code === form.procedureCode)), [catalogue.data, form.bundleCode, form.procedureCode]);
  const selected: CatalogueHit | undefined = bundle ? { kind: 'bundle', bundle } : procedure ? { kind: 'procedure', procedure } : undefined;

  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [outcome, setOutcome] = useState<Outcome>();
  const formRef = useRef<HTMLFormElement>(null);

  const refusing = draft.value.refusing;
  const problems = bundle
    ? checkBundleForm(form, bundle, new Date())
    : refusing
      ? { ...checkApplicant(form.applicant, new Date()), ...(procedure ? {} : { procedureCode: { key: 'procedureRequired' } }) }
      : checkReceiveForm(form, procedure, new Date());
  const reasonsProblem = checkReasons(draft.value.reasons);
  const server = fieldErrors(error);
  const say = (p: Problem) => t(`errors.${p.key}`, p.params);
  const errorFor = (path: string) => {
    const p = problems[path];
    if (p && (attempted || touched[path])) return say(p);
    return server[path];
  };
  const blur = (path: string) => setTouched((s) => (s[path] ? s : { ...s, [path]: true }));

  function update(patch: Partial<ReceiveForm>) {
    draft.set((d) => ({ ...d, form: { ...emptyForm(defaultChannel), ...d.form, ...patch } }));
    // A refused input's messages go once the clerk corrects; an unknown outcome's notice stays until resent.
    if (error && !outcomeUnknown(error) && !keyReused(error)) setError(undefined);
  }

  function focusFirstInvalid() {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  /** Once a procedure is picked the search box goes away: focus moves on to its checklist, not to the top of the page. */
  function focusChecklist(selector = '.desk-checklist input[type="checkbox"]') {
    requestAnimationFrame(() => (formRef.current?.querySelector<HTMLElement>(selector) ?? formRef.current?.querySelector<HTMLElement>('[data-testid="desk-procedure"] button'))?.focus());
  }

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    setAttempted(true);
    if (busy || (!procedure && !bundle)) return;
    if (Object.keys(problems).length > 0) return focusFirstInvalid();
    setBusy(true);
    setError(undefined);
    try {
      if (bundle) setOutcome({ kind: 'bundle', receipt: await submitBundle(bundleBody(form, bundle), draft.value.key) });
      else if (procedure) setOutcome({ kind: 'accepted', receipt: await submitDossier(submitBody(form, procedure), draft.value.key) });
      draft.reset();
      setTouched({});
      setAttempted(false);
    } catch (err) {
      const incomplete = incompleteOutcome(err);
      setError(err);
      if (rotateKeyAfter({ ok: false, error: err })) draft.set((d) => ({ ...d, key: newKey() }));
      if (incomplete) setOutcome({ kind: 'incomplete', incomplete });
      else focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  async function refuse() {
    setAttempted(true);
    if (!procedure || Object.keys(problems).length > 0 || reasonsProblem) return focusFirstInvalid();
    setBusy(true);
    setError(undefined);
    try {
      const refusal = await refuseAtDesk(refusalBody(form, procedure.code, draft.value.reasons), draft.value.refusalKey);
      setOutcome({ kind: 'refused', refusal });
      draft.reset();
      setTouched({});
      setAttempted(false);
    } catch (err) {
      setError(err);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    draft.reset();
    setOutcome(undefined);
    setError(undefined);
    setTouched({});
    setAttempted(false);
  }

  if (outcome) {
    return (
      <Page title={t('receive.title')}>
        <ReceiveOutcome
          outcome={outcome}
          onNext={startOver}
          onBack={() => {
            setOutcome(undefined);
            // back to the form to complete it: focus on the first missing document
            focusChecklist('.desk-row-missing input[type="checkbox"]');
          }}
        />
      </Page>
    );
  }

  const missing = procedure ? missingDocuments(form, procedure) : [];
  const missingChildren = bundle ? missingByMember(form, bundle) : [];
  const problemCount = Object.keys(problems).length;
  return (
    <Page
      title={t('receive.title')}
      actions={
        <Button onClick={startOver} title={t('receive.newDossier')}>
          {t('receive.newDossier')}
        </Button>
      }
    >
      {draft.restored && (form.procedureCode || form.bundleCode || form.applicant.fullName) && <p className="muted desk-restored">{t('receive.draftRestored')}</p>}
      {error !== undefined && outcomeUnknown(error) && (
        <div className="banner desk-banner-warn" role="alert">
          {t('receive.unknownOutcome')}
        </div>
      )}
      {error !== undefined && keyReused(error) && (
        <div className="banner desk-banner-warn" role="alert">
          {t('receive.keyReused')}{' '}
          <Button onClick={() => (draft.set((d) => ({ ...d, key: newKey() })), setError(undefined))}>{t('receive.sendAsNew')}</Button>
        </div>
      )}
      <ErrorBanner error={error} />
      {attempted && problemCount > 0 && (
        <div className="banner banner-error" role="alert">
          {t('receive.fixFields', { count: problemCount })}
        </div>
      )}
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate className="desk-form">
        <section className="card">
          <h2>{t('receive.procedure')}</h2>
          {catalogue.loading && !catalogue.data ? (
            <Loading label={t('receive.loadingCatalogue')} />
          ) : (
            <ProcedurePicker
              catalogue={catalogue.data ?? { procedures: [], bundles: [] }}
              selected={selected}
              afterHours={form.channel === 'after-hours-counter'}
              error={errorFor('procedureCode') ?? errorFor('bundleCode')}
              onSelect={(hit) => {
                update({
                  procedureCode: hit?.kind === 'procedure' ? hit.procedure.code : '',
                  documents: hit?.kind === 'procedure' ? checklistFor(hit.procedure) : [],
                  bundleCode: hit?.kind === 'bundle' ? hit.bundle.code : '',
                  members: hit?.kind === 'bundle' ? membersFor(hit.bundle) : [],
                  fee: { exemption: '', receiptNumber: '' },
                });
                if (hit) focusChecklist();
              }}
            />
          )}
          <ErrorBanner error={catalogue.error} />
          {procedure && (
            <DocumentChecklist
              procedure={procedure}
              entries={form.documents}
              errorFor={errorFor}
              onBlurField={blur}
              onChange={(i, entry) => update({ documents: form.documents.map((d, j) => (j === i ? entry : d)) })}
            />
          )}
          {procedure && (
            <TextField
              label={t('receive.sets')}
              hint={t('receive.setsHint')}
              name="sets"
              type="number"
              min={1}
              max={10}
              className="desk-sets"
              value={form.sets ?? '1'}
              onChange={(sets) => update({ sets })}
              onBlur={() => blur('sets')}
              error={errorFor('sets')}
            />
          )}
          {bundle && (
            <BundleMembers
              bundle={bundle}
              members={form.members}
              channel={form.channel}
              errorFor={errorFor}
              onBlurField={blur}
              onMember={(i, member) => update({ members: membersOf(form, bundle).map((m, j) => (j === i ? member : m)) })}
            />
          )}
        </section>
        <ApplicantFields
          applicant={form.applicant}
          submitter={form.submitter}
          onApplicant={(patch) => update({ applicant: { ...form.applicant, ...patch } })}
          onSubmitter={(patch) => update({ submitter: { ...form.submitter, ...patch } })}
          errorFor={errorFor}
          onBlurField={blur}
        />
        <ChannelFeeFields form={form} procedure={procedure} update={update} errorFor={errorFor} onBlurField={blur} />
        {refusing && !bundle ? (
          <RefusalForm
            reasons={draft.value.reasons}
            onReasons={(reasons) => draft.set((d) => ({ ...d, reasons }))}
            error={attempted && reasonsProblem ? say(reasonsProblem) : server.reasons}
            busy={busy}
            onRefuse={() => void refuse()}
            onCancel={() => draft.set((d) => ({ ...d, refusing: false }))}
          />
        ) : (
          <div className="desk-submit card">
            {procedure && missing.length > 0 && (
              <p className="desk-warn" data-testid="desk-missing-notice">
                {t('receive.missingNotice', { count: missing.length })}
              </p>
            )}
            {missingChildren.length > 0 && (
              <p className="desk-warn" data-testid="desk-missing-notice">
                {t('bundle.missingNotice', { list: missingChildren.map((m) => `${m.procedure} (${m.documents.length})`).join('; ') })}
              </p>
            )}
            <div className="desk-actions">
              <Button type="submit" primary busy={busy}>
                {t('receive.submit')}
              </Button>
              {!bundle && <Button onClick={() => (draft.set((d) => ({ ...d, refusing: true })), setAttempted(false))}>{t('receive.refuse')}</Button>}
            </div>
            {bundle && <p className="muted">{t('bundle.noRefusal')}</p>}
          </div>
        )}
      </form>
    </Page>
  );
}

/** The bundle's member entries, complete (one per member procedure) whatever the draft held. */
function membersOf(form: ReceiveForm, bundle: DeskBundle) {
  const fresh = membersFor(bundle);
  return fresh.map((m, i) => (form.members[i]?.procedureCode === m.procedureCode ? form.members[i] : m));
}
