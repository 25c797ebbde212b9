import { describe, expect, it } from 'vitest';
import { authUrl, signInUrl, takeSignInOutcome } from './session';

describe('sign-in URLs', () => {
  it('put /auth next to the GraphQL endpoint, behind a proxy prefix too', () => {
    expect(authUrl('http://127.0.0.1:4000/graphql', 'login')).toBe('http://127.0.0.1:4000/auth/login');
    expect(authUrl('https://neuvo.example.fi/api/graphql', 'logout')).toBe(
      'https://neuvo.example.fi/api/auth/logout',
    );
  });

  it('return to the page the agent was on', () => {
    expect(signInUrl('http://127.0.0.1:4000/graphql', 'http://127.0.0.1:5173/#search-report')).toBe(
      'http://127.0.0.1:4000/auth/login?returnTo=http%3A%2F%2F127.0.0.1%3A5173%2F%23search-report',
    );
  });

  it('read the outcome of a refused sign-in once and remove it from the URL', () => {
    expect(takeSignInOutcome('http://p.test/?signin=no-role&x=1')).toEqual({
      notice: 'no-role',
      cleaned: 'http://p.test/?x=1',
    });
    expect(takeSignInOutcome('http://p.test/?signin=failed').notice).toBe('failed');
    expect(takeSignInOutcome('http://p.test/?signin=anything').notice).toBe('failed');
    expect(takeSignInOutcome('http://p.test/')).toEqual({ notice: null, cleaned: 'http://p.test/' });
  });
});
