import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { SelectField, TextField } from '../../ui/field';
import type { DashboardFilters } from './filters';
import { GRANULARITIES, MAX_BUCKETS, periodProblems, PRESETS, presetPeriod, type Granularity, type IsoDay, type Preset } from './period';
import { CHANNELS, PERSPECTIVES, type Channel, type Perspective } from './types';
import { optionLabel, type UnitOption } from './units';

interface Props {
  applied: DashboardFilters;
  today: IsoDay;
  /** The units the reader may choose; absent: no picker (their own unit). */
  units?: UnitOption[];
  /** Procedures seen in the figures, code → name. */
  procedures: ReadonlyMap<string, string>;
  /** The gateway's field errors of the last load (from, to, unitCode…). */
  serverErrors: Record<string, string>;
  busy: boolean;
  onApply: (filters: DashboardFilters) => void;
}

/** What to show: unit, period, chart granularity, perspective, procedure and channel. Enter applies. */
export function FilterForm({ applied, today, units, procedures, serverErrors, busy, onApply }: Props) {
  const { t } = useTranslation('dashboard');
  const [draft, setDraft] = useState(applied);
  const [checked, setChecked] = useState(false);
  const appliedKey = JSON.stringify(applied);
  useEffect(() => setDraft(applied), [appliedKey]);

  const problems = periodProblems(draft);
  const problemText = (field: 'from' | 'to' | 'granularity') => {
    const p = problems[field];
    return p ? t(`problems.${p}`, { granularity: t(`granularities.${draft.granularity}`).toLowerCase(), max: MAX_BUCKETS[draft.granularity] }) : undefined;
  };
  const errorOf = (field: 'from' | 'to' | 'granularity') => (checked ? problemText(field) : undefined) ?? serverErrors[field];

  const set = (change: Partial<DashboardFilters>) => setDraft((d) => ({ ...d, ...change }));
  const choosePreset = (preset: Preset) => (preset === 'custom' ? set({ preset }) : set({ preset, ...presetPeriod(preset, today) }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (Object.keys(periodProblems(draft)).length === 0) onApply(draft);
  };

  // Enter on a drop-down applies too (browsers only submit from text fields): the keyboard path of a reader who
  // tabs to "unit", picks with the arrows and presses Enter.
  const enterApplies = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  const all = { value: '', label: t('filters.all') };
  return (
    <form className="card dashboard-filters no-print" onSubmit={submit} onKeyDown={enterApplies} aria-label={t('filters.legend')} noValidate>
      {units && (
        <SelectField
          label={t('filters.unit')}
          value={draft.unitCode ?? ''}
          onChange={(unitCode) => set({ unitCode: unitCode || undefined })}
          options={units.map((u) => ({ value: u.code, label: optionLabel(u) }))}
          error={serverErrors.unitCode}
          autoFocus
        />
      )}
      <SelectField
        label={t('filters.preset')}
        value={draft.preset}
        onChange={(p) => choosePreset(p as Preset)}
        options={PRESETS.map((p) => ({ value: p, label: t(`presets.${p}`) }))}
        autoFocus={!units}
      />
      <TextField label={t('filters.from')} type="date" value={draft.from} onChange={(from) => set({ from, preset: 'custom' })} error={errorOf('from')} required />
      <TextField label={t('filters.to')} type="date" value={draft.to} onChange={(to) => set({ to, preset: 'custom' })} error={errorOf('to')} required />
      <SelectField
        label={t('filters.granularity')}
        value={draft.granularity}
        onChange={(g) => set({ granularity: g as Granularity })}
        options={GRANULARITIES.map((g) => ({ value: g, label: t(`granularities.${g}`) }))}
        error={errorOf('granularity')}
      />
      <SelectField
        label={t('filters.perspective')}
        value={draft.perspective}
        onChange={(p) => set({ perspective: p as Perspective })}
        options={PERSPECTIVES.map((p) => ({ value: p, label: t(`perspectives.${p}`) }))}
        error={serverErrors.perspective}
      />
      <SelectField
        label={t('filters.procedure')}
        value={draft.procedureCode ?? ''}
        onChange={(code) => set({ procedureCode: code || undefined })}
        options={[all, ...[...procedures].map(([code, name]) => ({ value: code, label: `${code} — ${name}` }))]}
        error={serverErrors.procedureCode}
      />
      <SelectField
        label={t('filters.channel')}
        value={draft.channel ?? ''}
        onChange={(c) => set({ channel: (c || undefined) as Channel | undefined })}
        options={[all, ...CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))]}
        error={serverErrors.channel}
      />
      <div className="dashboard-filters-submit">
        <Button type="submit" primary busy={busy}>
          {t('filters.apply')}
        </Button>
      </div>
    </form>
  );
}
