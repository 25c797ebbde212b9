/** A signed-in staff member's own workspace: favourites and what changed since they last opened it. */
export const workspaceTypeDefs = /* GraphQL */ `
  "Content a staff member marked as a favourite."
  type Favourite {
    type: ContentType!
    "CMS documentId."
    documentId: ID!
    "Guides are opened by slug (selfCareGuide(slug:)); null for other types."
    slug: String
    "The title when it was marked (or last refreshed by addFavourite)."
    title: String!
    "Locale of that title."
    locale: Locale!
    "ISO timestamp."
    addedAt: String!
  }

  "When a staff member last opened a document, and the content's updatedAt they saw then."
  type OpenedDocument {
    type: ContentType!
    documentId: ID!
    "Compare with the content's updatedAt (e.g. SearchHit.updatedAt): later means it changed since."
    seenUpdatedAt: String!
    openedAt: String!
  }

  input FavouriteInput {
    type: ContentType!
    documentId: ID!
    "Required for a guide (kebab-case)."
    slug: String
    "1–300 characters."
    title: String!
    locale: Locale!
  }

  extend type Query {
    "Staff only (else UNAUTHENTICATED): my favourites, newest first."
    myFavourites: [Favourite!]!
    """
    Staff only (else UNAUTHENTICATED): when I last opened these documents (at most 250 ids); documents I never
    opened are left out.
    """
    lastOpened(documentIds: [ID!]!): [OpenedDocument!]!
  }

  extend type Mutation {
    "Staff only: marks content as my favourite (at most 200); adding it again refreshes its title."
    addFavourite(input: FavouriteInput!): Favourite!
    "Staff only: true when the favourite existed."
    removeFavourite(type: ContentType!, documentId: ID!): Boolean!
    "Staff only: records that I opened a document whose content had this updatedAt (ISO timestamp)."
    recordOpened(type: ContentType!, documentId: ID!, updatedAt: String!): OpenedDocument!
  }
`;
