import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_TEXT_MAX_LENGTH,
  GUIDE_SLUG_PATTERN,
  isGuideSlug,
  normaliseFeedbackText,
  screenFeedbackText,
} from './feedback.js';
import { SLUG_PATTERN } from './shared-schemas.js';

describe('screenFeedbackText', () => {
  it.each([
    'Ohje auttoi, kuume laski kahdessa päivässä.',
    'Soitin 116117 ja sain apua. Hätänumero 112.',
    'Annoin 500 mg parasetamolia 3 kertaa päivässä 12.3.2026 alkaen.',
    'Postinumero 65100 Vaasa',
    'Lapsi on 2-vuotias, kuume 38,5 astetta',
    'Sivu oli selkeä 👍',
  ])('lets through %j', (text) => {
    expect(screenFeedbackText(text)).toBeNull();
  });

  it.each([
    ['a valid identity code', 'Olen 131052-308T ja tarvitsen apua'],
    ['a code with a new century sign', 'hetu 010594Y9021'],
    ['a lower-case code', 'minun tunnus 131052-308t'],
    ['a code with a mistyped check character', 'tunnus 131052-308A'],
    ['a code in full-width digits', '１３１０５２－３０８Ｔ'],
    ['a code in Arabic-Indic digits', '١٣١٠٥٢-٣٠٨T'],
  ])('refuses %s as identity-code', (_what, text) => {
    expect(screenFeedbackText(text)).toBe('identity-code');
  });

  it('does not take a code-shaped number without a real birth date for an identity code', () => {
    // 32nd day of a month: not a code; but eleven digits-and-signs are still a phone-like number.
    expect(screenFeedbackText('tilausnumero 320190-123A')).not.toBe('identity-code');
  });

  it.each([
    ['an address', 'vastatkaa matti.meikalainen@example.fi'],
    ['an address with a subdomain', 'a@b.example.com'],
  ])('refuses %s as email', (_what, text) => {
    expect(screenFeedbackText(text)).toBe('email');
  });

  it.each([
    ['a mobile number with spaces', 'soittakaa 040 123 4567'],
    ['a number with a dash', 'numeroni 040-1234567'],
    ['an international number', '+358 40 123 4567'],
    ['a landline with an area code in brackets', '(09) 310 1234'],
    ['digits run together', 'asiakasnumero 1234567'],
  ])('refuses %s as phone', (_what, text) => {
    expect(screenFeedbackText(text)).toBe('phone');
  });

  it('reports the identity code first when a text holds several kinds of personal data', () => {
    expect(screenFeedbackText('a@b.fi 040 123 4567 131052-308T')).toBe('identity-code');
  });

  it('refuses a text longer than the limit, and counts after trimming', () => {
    expect(screenFeedbackText('a'.repeat(FEEDBACK_TEXT_MAX_LENGTH + 1))).toBe('too-long');
    expect(screenFeedbackText(`  ${'a'.repeat(FEEDBACK_TEXT_MAX_LENGTH)}  `)).toBeNull();
  });
});

describe('normaliseFeedbackText', () => {
  it('trims, removes control and direction-override characters, keeps single blank lines', () => {
    expect(normaliseFeedbackText('  hyvä\r\n\r\n\r\n\r\nohje\u0007\u202E  ')).toBe('hyvä\n\nohje');
    expect(normaliseFeedbackText(' \n\t ')).toBeNull();
  });
});

describe('guide slugs', () => {
  it('uses the same rule as the content slugs', () => {
    expect(GUIDE_SLUG_PATTERN.source).toBe(SLUG_PATTERN.source);
  });

  it('accepts kebab-case up to 120 characters', () => {
    expect(isGuideSlug('kuume-lapsella')).toBe(true);
    expect(isGuideSlug('a'.repeat(121))).toBe(false);
    expect(isGuideSlug('Kuume')).toBe(false);
    expect(isGuideSlug('../etc')).toBe(false);
  });
});
