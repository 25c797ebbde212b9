export const authTypeDefs = /* GraphQL */ `
  """
  Roles of signed-in staff (from the provider's claims); a person may hold several. agent: customer service (search,
  contact log); nurse: a licensed health care professional who records care-need assessments; social_counsellor:
  initiates and receives social-care service-need assessments; supervisor: a team lead (reports, overdue work, the
  audit trail).
  """
  enum StaffRole {
    agent
    nurse
    social_counsellor
    supervisor
  }

  "The signed-in person, as the api's session knows them. No personal identity code."
  type Me {
    "Display name from the provider's name claim."
    name: String!
    roles: [StaffRole!]!
    "Code of the home region (wellbeing services county) from the region claim, if the provider sends one."
    homeRegion: String
    """
    Opaque, stable key of this person for preferences a browser keeps (such as a home region chosen in the portal):
    a SHA-256 of the provider's subject, never the subject itself.
    """
    preferenceKey: String!
  }

  extend type Query {
    "The signed-in person; null for anonymous callers. Sign in at GET /auth/login, sign out with POST /auth/logout."
    me: Me
  }
`;
