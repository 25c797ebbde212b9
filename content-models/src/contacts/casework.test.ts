import { describe, expect, it } from 'vitest';
import {
  AgreeCallBackInputSchema,
  InitiateServiceNeedAssessmentInputSchema,
  PhoneNumberSchema,
  issueFieldPath,
  normalisePhoneNumber,
} from './index.js';

describe('phone number', () => {
  it.each([
    ['040 123 4567', '+358401234567'],
    ['040-1234567', '+358401234567'],
    ['(09) 1234 567', '+35891234567'],
    ['+358 40 1234567', '+358401234567'],
    ['00358 50 765 4321', '+358507654321'],
    ['+46 8 123 456 78', '+46812345678'],
    [' +1 (202) 555-0143 ', '+12025550143'],
  ])('normalises %s to E.164', (typed, e164) => {
    expect(normalisePhoneNumber(typed)).toBe(e164);
  });

  it.each([
    '',
    '123',
    '040',
    '+358 0 1234567',
    '+0 123 4567',
    '040 123 4567 890 1',
    'soita minulle',
    '+358 40 12a4567',
  ])('refuses %j', (typed) => {
    expect(normalisePhoneNumber(typed)).toBeNull();
  });

  it('never puts the number into its message', () => {
    const result = PhoneNumberSchema.safeParse('04012');
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).not.toContain('04012');
  });
});

describe('service-need assessment input', () => {
  const base = {
    subject: 'contact_citizen',
    grounds: { code: 'aged_75_or_over', text: 'Kaatuillut kotona' },
    consent: { state: 'given' },
    receivingUnit: 'ikaihmisten-palvelut',
  };

  it('accepts the contact citizen, or another person named with a valid identity code', () => {
    expect(InitiateServiceNeedAssessmentInputSchema.safeParse(base).success).toBe(true);
    const other = InitiateServiceNeedAssessmentInputSchema.parse({
      ...base,
      subject: 'other_person',
      person: { name: ' Aino Virtanen ', identityCode: '131052-308t' },
      consent: { state: 'cannot_be_asked', note: ' Muistisairaus ' },
      pendingSince: '2026-12-01',
    });
    expect(other.person).toEqual({ name: 'Aino Virtanen', identityCode: '131052-308T' });
    expect(other.consent.note).toBe('Muistisairaus');
  });

  it.each([
    [{ ...base, subject: 'neighbour' }, 'subject'],
    [{ ...base, subject: 'other_person' }, 'person'],
    [{ ...base, person: { name: 'Aino', identityCode: '131052-308T' } }, 'person'],
    [
      { ...base, subject: 'other_person', person: { name: 'Aino', identityCode: '131052-308U' } },
      'person.identityCode',
    ],
    [{ ...base, grounds: { code: 'made_up' } }, 'grounds.code'],
    [{ ...base, consent: { state: 'maybe' } }, 'consent.state'],
    [{ ...base, consent: { state: 'not_given' } }, 'consent.note'],
    [{ ...base, consent: { state: 'cannot_be_asked', note: '   ' } }, 'consent.note'],
    [{ ...base, receivingUnit: 'Aikuissosiaalityö!' }, 'receivingUnit'],
    [{ ...base, pendingSince: '3.12.2026' }, 'pendingSince'],
  ])('names the field of a bad value (%#)', (input, field) => {
    const result = InitiateServiceNeedAssessmentInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issueFieldPath(result.error!.issues[0]!.path)).toBe(field);
  });
});

describe('call-back input', () => {
  const base = {
    windowStart: '2026-12-04T09:00:00+02:00',
    windowEnd: '2026-12-04T11:00:00+02:00',
    phoneNumber: '040 123 4567',
    reason: 'Laboratoriotulokset',
  };

  it('accepts a window and normalises the number', () => {
    expect(AgreeCallBackInputSchema.parse(base).phoneNumber).toBe('+358401234567');
  });

  it.each([
    [{ ...base, windowEnd: base.windowStart }, 'windowEnd'],
    [{ ...base, windowEnd: '2026-12-30T11:00:00+02:00' }, 'windowEnd'],
    [{ ...base, windowStart: 'huomenna' }, 'windowStart'],
    [{ ...base, windowEnd: '2026-12-04T11:00:00' }, 'windowEnd'],
    [{ ...base, phoneNumber: '12345' }, 'phoneNumber'],
    [{ ...base, reason: '  ' }, 'reason'],
  ])('names the field of a bad value (%#)', (input, field) => {
    const result = AgreeCallBackInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issueFieldPath(result.error!.issues[0]!.path)).toBe(field);
  });
});
