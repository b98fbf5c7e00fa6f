import { availableActions, mayAssignOthers } from './actions';

const HANDLER = ['office-handler'];
const HEAD = ['office-head'];

describe('the actions offered on a transfer', () => {
  it('offers a new transfer’s receipt, assignment and apology, and nothing that needs it acknowledged first', () => {
    expect(availableActions({ status: 'sent', delayed: false }, HANDLER)).toEqual(['acknowledge', 'assign', 'delay']);
  });

  it('offers an acknowledged transfer’s result, assignment, supplement request, apology and refusal', () => {
    expect(availableActions({ status: 'acknowledged', delayed: false }, HANDLER)).toEqual(['resolve', 'assign', 'request-supplement', 'delay', 'refuse']);
  });

  it('lets only the head approve a result waiting for approval; the handler may still refuse or apologise', () => {
    expect(availableActions({ status: 'awaiting-approval', delayed: false }, HEAD)).toEqual(['approve', 'delay', 'refuse']);
    expect(availableActions({ status: 'awaiting-approval', delayed: false }, HANDLER)).toEqual(['delay', 'refuse']);
  });

  it('offers the apology (form 04) only once', () => {
    expect(availableActions({ status: 'acknowledged', delayed: true }, HANDLER)).not.toContain('delay');
  });

  it('offers nothing on a finished, paused or withdrawn transfer, and nothing at all to an auditor', () => {
    for (const status of ['resolved', 'refused', 'withdrawn', 'awaiting-supplement'] as const) {
      expect(availableActions({ status, delayed: false }, [...HANDLER, ...HEAD])).toEqual([]);
    }
    expect(availableActions({ status: 'sent', delayed: false }, ['auditor'])).toEqual([]);
    expect(availableActions({ status: 'acknowledged', delayed: false }, ['desk-clerk'])).toEqual([]);
  });

  it('lets the head assign to others, a handler only to themselves', () => {
    expect([mayAssignOthers(HEAD), mayAssignOthers(HANDLER)]).toEqual([true, false]);
  });
});
