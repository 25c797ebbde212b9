/**
 * The local provider's accounts. Sample data only: the embedded default signs people in with these, and the
 * tests sign in as them. A county's own identity provider replaces all of this in production.
 */
export interface LocalUser {
  /** What is typed into the login form; also the OpenID Connect `sub`. */
  readonly username: string;
  readonly password: string;
  /** The `name` claim. */
  readonly name: string;
  /** The `roles` claim: the provider's own group names, which the api maps to Neuvo roles (`OIDC_ROLE_MAP`). */
  readonly roles: readonly string[];
  /** The `region` claim: the code of the person's home wellbeing services county (none: no claim). */
  readonly region?: string;
}

/** The provider's group names for the Neuvo roles (the api's default `OIDC_ROLE_MAP` maps these). */
export const SAMPLE_ROLE_VALUES = {
  agent: 'neuvo-agent',
  nurse: 'neuvo-nurse',
  socialCounsellor: 'neuvo-social-counsellor',
  supervisor: 'neuvo-supervisor',
} as const;

/** Codes of the three sample regions in the CMS's seed content. */
const SAMPLE_REGIONS = [
  {
    code: 'pohjanmaa',
    agent: 'Aino Asiakaspalvelu',
    nurse: 'Helmi Hoitaja',
    socialCounsellor: 'Sanna Sosiaaliohjaaja',
    supervisor: 'Seppo Esihenkilö',
  },
  {
    code: 'kymenlaakso',
    agent: 'Kaisa Kyselijä',
    nurse: 'Kerttu Sairaanhoitaja',
    socialCounsellor: 'Kimmo Ohjaaja',
    supervisor: 'Kalle Vuoropäällikkö',
  },
  {
    code: 'etela-karjala',
    agent: 'Eetu Neuvoja',
    nurse: 'Elsa Terveydenhoitaja',
    socialCounsellor: 'Emil Sosionomi',
    supervisor: 'Elina Tiiminvetäjä',
  },
] as const;

/**
 * Per sample region: an agent, a nurse and a social counsellor (both also agents, as at a centre) and a supervisor, with fixed, printed passwords: this provider listens on
 * 127.0.0.1 only and exists for development and tests, where remembering the password matters more.
 */
export const SAMPLE_USERS: readonly LocalUser[] = Object.freeze(
  SAMPLE_REGIONS.flatMap((r) => [
    {
      username: `agentti.${r.code}`,
      password: `neuvo-agentti-${r.code}`,
      name: r.agent,
      roles: [SAMPLE_ROLE_VALUES.agent],
      region: r.code,
    },
    {
      username: `hoitaja.${r.code}`,
      password: `neuvo-hoitaja-${r.code}`,
      name: r.nurse,
      roles: [SAMPLE_ROLE_VALUES.agent, SAMPLE_ROLE_VALUES.nurse],
      region: r.code,
    },
    {
      username: `sosiaaliohjaaja.${r.code}`,
      password: `neuvo-sosiaaliohjaaja-${r.code}`,
      name: r.socialCounsellor,
      roles: [SAMPLE_ROLE_VALUES.agent, SAMPLE_ROLE_VALUES.socialCounsellor],
      region: r.code,
    },
    {
      username: `esihenkilo.${r.code}`,
      password: `neuvo-esihenkilo-${r.code}`,
      name: r.supervisor,
      roles: [SAMPLE_ROLE_VALUES.supervisor],
      region: r.code,
    },
  ]),
);

/** The sample user with this username; throws for an unknown one (a typo in a test). */
export function sampleUser(username: string): LocalUser {
  const user = SAMPLE_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no sample user ${username}`);
  return user;
}
