import { AppError } from '../errors/app-error';
import { SubmitDossierBody } from '../commands/submit-dossier/submit-dossier.command';
import { CHANNELS } from '../values/channels';
import { defineEvent, defineRpc } from './contract';
import { validatePayload } from './validate-payload';

const valid = {
  procedureCode: '1.001612',
  channel: 'counter',
  resultDelivery: 'desk',
  applicant: { fullName: 'Nguyễn Thị Hồng', idNumber: '087190001234', phone: '0912345678', address: 'Tân Phước' },
  documents: [{ code: 'giay-de-nghi', present: true }],
};

describe('validatePayload', () => {
  it('returns an instance of the payload class for valid input', async () => {
    const body = await validatePayload(SubmitDossierBody, valid);
    expect(body).toBeInstanceOf(SubmitDossierBody);
    expect(body.applicant.fullName).toBe('Nguyễn Thị Hồng');
  });

  it('names every nested field at fault, with its reason', async () => {
    const error: AppError = await validatePayload(SubmitDossierBody, {
      ...valid,
      channel: 'fax',
      applicant: { ...valid.applicant, idNumber: '123', phone: '+84912' },
    }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(400);
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { field: 'channel', reason: `phải là một trong: ${CHANNELS.join(', ')}` },
        { field: 'applicant.idNumber', reason: 'phải là số định danh cá nhân gồm 12 chữ số' },
        { field: 'applicant.phone', reason: 'phải là số điện thoại Việt Nam gồm 10 chữ số, bắt đầu bằng 0' },
      ]),
    );
  });

  it('refuses unknown properties and non-objects', async () => {
    await expect(validatePayload(SubmitDossierBody, { ...valid, isAdmin: true })).rejects.toMatchObject({
      fields: [{ field: 'isAdmin', reason: 'không được có trong yêu cầu' }],
    });
    await expect(validatePayload(SubmitDossierBody, [valid])).rejects.toMatchObject({ status: 400, fields: [{ field: '(body)', reason: 'phải là một đối tượng JSON' }] });
  });
});

describe('message definitions', () => {
  class Payload {}
  it('derive the producer and kind from the subject', () => {
    expect(defineEvent('intake.evt.dossier.received.v1', Payload)).toMatchObject({ kind: 'event', producer: 'intake' });
    expect(defineRpc('relay.qry.office-inbox', Payload)).toMatchObject({ kind: 'query', service: 'relay' });
    expect(defineRpc('relay.cmd.resolve-transfer', Payload)).toMatchObject({ kind: 'command', service: 'relay' });
  });

  it('refuse subjects that break the naming scheme', () => {
    expect(() => defineEvent('intake.dossier.received', Payload)).toThrow(/<service>\.evt/);
    expect(() => defineRpc('Relay.cmd.x', Payload)).toThrow();
  });
});

describe('validatePayload against unstorable input', () => {
  it('refuses a missing or array nested object, naming it', async () => {
    const { applicant: _omit, ...withoutApplicant } = valid;
    await expect(validatePayload(SubmitDossierBody, withoutApplicant)).rejects.toMatchObject({
      status: 400,
      fields: expect.arrayContaining([{ field: 'applicant', reason: expect.any(String) }]),
    });
    const arrayApplicant: AppError = await validatePayload(SubmitDossierBody, { ...valid, applicant: [] }).catch((e) => e);
    expect(arrayApplicant.fields).toEqual(expect.arrayContaining([{ field: 'applicant', reason: 'phải là một đối tượng' }]));
  });

  it('refuses NUL characters and lone surrogates anywhere, by path', async () => {
    await expect(
      validatePayload(SubmitDossierBody, { ...valid, applicant: { ...valid.applicant, address: 'Ấp\u0000 1' }, documents: [{ code: 'x\ud800', present: true }] }),
    ).rejects.toMatchObject({
      fields: [
        { field: 'applicant.address', reason: 'có ký tự không phải văn bản hợp lệ' },
        { field: 'documents[0].code', reason: 'có ký tự không phải văn bản hợp lệ' },
      ],
    });
  });
});
