/**
 * `@neuvo/local-idp`: a development and test tool. A local OpenID Connect provider with sample agents and
 * supervisors (`npm start` runs it for the embedded default; the tests start their own), and a headless
 * sign-in helper that performs the real authorization-code flow against it. Never part of a production deployment.
 */
export { startLocalIdp, type LocalIdp, type LocalClient, type StartLocalIdpOptions } from './provider.js';
export { SAMPLE_USERS, SAMPLE_ROLE_VALUES, sampleUser, type LocalUser } from './users.js';
export {
  signInHeadless,
  runSignIn,
  type HeadlessSignIn,
  type HeadlessSignInOptions,
  type SignInOutcome,
} from './headless-sign-in.js';
export {
  renderLoginPage,
  renderLogoutPage,
  pickLocale,
  LOGIN_LOCALES,
  type LoginLocale,
} from './login-page.js';
