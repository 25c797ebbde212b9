/**
 * The api as citizens' browsers reach it: search, feedback and local help call it from the page at run time. The
 * URL is `PUBLIC_API_URL` (else `API_URL`) at build time. Anonymous: the site never sends cookies.
 */
import { createGraphQLClient } from '@neuvo/graphql-contract';

declare const __NEUVO_API_URL__: string;

export const siteApi = createGraphQLClient({ apiUrl: __NEUVO_API_URL__, timeoutMs: 10_000 });
