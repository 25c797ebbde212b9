import { describe, expect, it } from 'vitest';
import {
  IdentityCodeSchema,
  OpenContactInputSchema,
  UpdateContactInputSchema,
  isValidIdentityCode,
  issueFieldPath,
  maskIdentityCode,
  parseIdentityCode,
} from './index.js';

describe('personal identity code', () => {
  it.each([
    // The Digital and Population Data Services Agency's published examples.
    '131052-308T',
    '010594Y9021',
    '020502E902X',
    // Every century sign, lower case and surrounding spaces accepted.
    '010100+002H',
    '010100-002H',
    '010100Y002H',
    '010100X002H',
    '010100W002H',
    '010100V002H',
    '010100U002H',
    '010100A002H',
    '010100B002H',
    '010100C002H',
    '010100D002H',
    '010100E002H',
    '010100F002H',
    ' 131052-308t ',
    // A leap day of 2000, and a temporary code (900–999).
    '290200A101K',
    '311299-950V',
  ])('accepts %s', (code) => {
    expect(isValidIdentityCode(code)).toBe(true);
  });

  it.each([
    ['131052-308U', 'check-character'],
    ['131052-309T', 'check-character'],
    ['131052G308T', 'format'],
    ['131052-308', 'format'],
    ['1310520308T', 'format'],
    ['', 'format'],
    ['290201A101K', 'date'],
    ['310452-308T', 'date'],
    ['001052-308T', 'date'],
    ['131352-308T', 'date'],
    ['131052-001T', 'individual-number'],
  ])('refuses %s (%s)', (code, problem) => {
    expect(parseIdentityCode(code)).toEqual({ ok: false, problem });
  });

  it('reads the birth date by the century sign', () => {
    const birth = (code: string) => {
      const parsed = parseIdentityCode(code);
      return parsed.ok ? parsed.code.birthDate : parsed.problem;
    };
    expect(birth('010100+002H')).toBe('1800-01-01');
    expect(birth('010100U002H')).toBe('1900-01-01');
    expect(birth('010100F002H')).toBe('2000-01-01');
  });

  it('normalises to upper case and masks the individual number and check character', () => {
    expect(IdentityCodeSchema.parse(' 131052-308t ')).toBe('131052-308T');
    expect(maskIdentityCode('131052-308T')).toBe('131052-****');
    expect(maskIdentityCode('010594y9021')).toBe('010594Y****');
  });

  it('never puts the value into its message', () => {
    const result = IdentityCodeSchema.safeParse('131052-308U');
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain('131052');
  });
});

describe('contact input', () => {
  const base = { channel: 'phone', region: 'kymenlaakso' };

  it('accepts a minimal and a full contact', () => {
    expect(OpenContactInputSchema.safeParse(base).success).toBe(true);
    const full = OpenContactInputSchema.parse({
      ...base,
      queueCode: 'terveysneuvonta',
      startedAt: '2026-12-03T10:00:00+02:00',
      citizen: { name: ' Matti Meikäläinen ', identityCode: '131052-308t' },
      reason: { category: 'fever', text: 'Lapsella kuumetta' },
      outcomes: [{ code: 'triage_performed', urgency: 'non_urgent' }, { code: 'self_care_guide_sent' }],
      contentUsed: [{ type: 'guide', documentId: 'abc123', title: 'Kuume lapsella' }],
      notes: 'Soitetaan takaisin tarvittaessa.',
    });
    expect(full.citizen).toEqual({ name: 'Matti Meikäläinen', identityCode: '131052-308T' });
  });

  it.each([
    [{ ...base, channel: 'fax' }, 'channel'],
    [{ ...base, region: 'Not A Code' }, 'region'],
    [{ ...base, citizen: { name: 'Matti', identityCode: '131052-308U' } }, 'citizen.identityCode'],
    [{ ...base, outcomes: [{ code: 'guidance_given' }, { code: 'made_up' }] }, 'outcomes[1].code'],
    [{ ...base, outcomes: [{ code: 'triage_performed' }] }, 'outcomes[0].urgency'],
    [{ ...base, outcomes: [{ code: 'guidance_given', urgency: 'self_care' }] }, 'outcomes[0].urgency'],
    [{ ...base, outcomes: [{ code: 'guidance_given' }, { code: 'guidance_given' }] }, 'outcomes'],
    [{ ...base, notes: 'x'.repeat(10_001) }, 'notes'],
    [{ ...base, contentUsed: [{ type: 'video', documentId: 'a', title: 't' }] }, 'contentUsed[0].type'],
    [{ ...base, reason: { category: 'Kuume!' } }, 'reason.category'],
    [{ ...base, startedAt: 'yesterday' }, 'startedAt'],
  ])('names the field of a bad value (%#: %s)', (input, field) => {
    const result = OpenContactInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issueFieldPath(result.error!.issues[0]!.path)).toBe(field);
  });

  it('lets an update leave out the channel and region but not clear them', () => {
    expect(UpdateContactInputSchema.safeParse({ notes: 'lisätieto' }).success).toBe(true);
    expect(UpdateContactInputSchema.safeParse({ channel: null }).success).toBe(false);
  });
});
