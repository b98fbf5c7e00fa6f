import type { Channel, TimeLimit } from '@motcua/contracts';
import { createVietnamLegalCalendar, vietnamInstant, type IsoDay } from '@motcua/working-days';
import type { DossierFact, ReceptionFact } from '../dossier-facts/dossier-fact';
import { deriveFigures, type DossierFigures } from '../dossier-facts/dossier-figures';
import { applyChange, type FactChange } from '../dossier-facts/fact-changes';

/** The official calendar shipped with working-days (2020 Tết 23–29 Jan, 2 Apr Hùng Kings, …). */
export const calendar = createVietnamLegalCalendar();

/** An instant given as Vietnam wall-clock time: vn('2020-03-05', '17:00'), or with seconds '23:59:59'. */
export const vn = (day: IsoDay, time = '00:00'): string => {
  const [hm, seconds = '0'] = [time.slice(0, 5), time.slice(6)];
  return new Date(vietnamInstant(day, hm).getTime() + Number(seconds || 0) * 1000).toISOString();
};

export interface ReceptionInput {
  receivedAt: string;
  appointmentAt: string;
  unit?: string;
  procedure?: string;
  channel?: Channel;
  timeLimit?: TimeLimit;
}

export const reception = (r: ReceptionInput): FactChange => ({
  kind: 'received',
  reception: {
    receivingUnitCode: r.unit ?? '30385',
    procedureCode: r.procedure ?? '1.004873',
    channel: r.channel ?? 'counter',
    timeLimit: r.timeLimit ?? { value: 3, unit: 'working-days' },
    receivedAt: r.receivedAt,
    appointmentAt: r.appointmentAt,
  } satisfies ReceptionFact,
});

export const fold = (...changes: FactChange[]): DossierFact => changes.reduce(applyChange, {} as DossierFact);

export const figures = (...changes: FactChange[]): DossierFigures => {
  const f = deriveFigures(fold(...changes), calendar);
  if (!f) throw new Error('no reception among the changes');
  return f;
};
