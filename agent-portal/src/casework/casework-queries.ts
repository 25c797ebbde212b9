/**
 * The casework screens' calls to the api. The operations live in `@neuvo/graphql-contract`
 * (`graphql-contract/operations/agent-portal-casework.graphql`); the names below are their generated types under
 * the names the screens use.
 */
import {
  PortalAgreeCallBackDocument,
  PortalCaseworkContactDocument,
  PortalContactAuditTrailDocument,
  PortalDueCallBacksDocument,
  PortalInitiateServiceNeedAssessmentDocument,
  PortalOverdueDocument,
  PortalPendingServiceNeedAssessmentsDocument,
  PortalResolveCallBackDocument,
  PortalStartServiceNeedAssessmentDocument,
  type AgreeCallBackInput,
  type GraphQLClient,
  type InitiateServiceNeedAssessmentInput,
  type PortalCaseworkContactQuery,
  type PortalContactAuditTrailQuery,
  type PortalDueCallBacksQuery,
  type PortalOverdueQuery,
  type PortalPendingServiceNeedAssessmentsQuery,
} from '@neuvo/graphql-contract';
import type { CallBackResolution } from '@neuvo/content-models/contact-log';

/** A contact with its service-need assessments and call-backs. */
export type CaseworkContact = PortalCaseworkContactQuery['contact'];
/** A service-need assessment as the casework screens show it. */
export type AssessmentView =
  PortalPendingServiceNeedAssessmentsQuery['pendingServiceNeedAssessments']['items'][number];
/** A call-back as the casework screens show it. */
export type CallBackView = PortalDueCallBacksQuery['dueCallBacks']['items'][number];
/** What is overdue in a region. */
export type OverdueView = PortalOverdueQuery['overdue'];
/** An open contact past its same-working-day deadline. */
export type OverdueContactView = OverdueView['contacts'][number];
/** A page of the audit trail. */
export type AuditPage = PortalContactAuditTrailQuery['contactAuditTrail'];
/** One read of an identified person's data. */
export type AuditEventView = AuditPage['items'][number];
/** A page of a list and the cursor of the next (null: the last). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

/** Rows per page of the casework lists; the api allows 1–100 (audit trail 1–200). */
export const CASEWORK_PAGE_SIZE = 50;

export async function fetchCaseworkContact(client: GraphQLClient, id: string): Promise<CaseworkContact> {
  return (await client.request(PortalCaseworkContactDocument, { id })).contact;
}

export async function initiateServiceNeedAssessment(
  client: GraphQLClient,
  contactId: string,
  input: InitiateServiceNeedAssessmentInput,
): Promise<AssessmentView> {
  return (await client.request(PortalInitiateServiceNeedAssessmentDocument, { contactId, input }))
    .initiateServiceNeedAssessment;
}

export async function startServiceNeedAssessment(
  client: GraphQLClient,
  assessment: { id: string; version: number },
): Promise<AssessmentView> {
  return (
    await client.request(PortalStartServiceNeedAssessmentDocument, {
      id: assessment.id,
      version: assessment.version,
    })
  ).startServiceNeedAssessment;
}

/** Pending assessments of a unit and/or region, nearest deadline first. */
export async function fetchPendingAssessments(
  client: GraphQLClient,
  filter: { unit: string | null; region: string | null },
  after: string | null = null,
): Promise<Page<AssessmentView>> {
  return (
    await client.request(PortalPendingServiceNeedAssessmentsDocument, {
      unit: filter.unit,
      region: filter.region,
      first: CASEWORK_PAGE_SIZE,
      after,
    })
  ).pendingServiceNeedAssessments;
}

export async function agreeCallBack(
  client: GraphQLClient,
  contactId: string,
  input: AgreeCallBackInput,
): Promise<CallBackView> {
  return (await client.request(PortalAgreeCallBackDocument, { contactId, input })).agreeCallBack;
}

export async function resolveCallBack(
  client: GraphQLClient,
  callBack: { id: string; version: number },
  state: CallBackResolution,
): Promise<CallBackView> {
  return (
    await client.request(PortalResolveCallBackDocument, { id: callBack.id, version: callBack.version, state })
  ).resolveCallBack;
}

/** A region's due call-backs, earliest window first. */
export async function fetchDueCallBacks(
  client: GraphQLClient,
  region: string,
  after: string | null = null,
): Promise<Page<CallBackView>> {
  return (await client.request(PortalDueCallBacksDocument, { region, first: CASEWORK_PAGE_SIZE, after }))
    .dueCallBacks;
}

export async function fetchOverdue(client: GraphQLClient, region: string): Promise<OverdueView> {
  return (await client.request(PortalOverdueDocument, { region })).overdue;
}

/** The audit trail, newest first, of one contact or all. */
export async function fetchAuditTrail(
  client: GraphQLClient,
  contactId: string | null,
  after: string | null = null,
): Promise<AuditPage> {
  return (
    await client.request(PortalContactAuditTrailDocument, { contactId, first: CASEWORK_PAGE_SIZE, after })
  ).contactAuditTrail;
}
