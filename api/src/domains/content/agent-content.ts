/**
 * Agent-only content read in full: professional instructions and triage protocols, by CMS documentId, with the
 * same fallback to Finnish as the other content reads. Role checks are the resolvers' job; this module only reads.
 */
import { z } from 'zod';
import type { StrapiQuery } from '@neuvo/node-kit';
import type { CmsClient } from '../../cms-client.js';
import {
  DEFAULT_LOCALE,
  DomainError,
  pickText,
  READ_SPECS,
  RedFlagSchema,
  SourceSchema,
  TriageOutcomeSchema,
  TriageQuestionSchema,
  TriageRuleSchema,
  URGENCIES,
  type Locale,
  type TriageCondition,
  type Urgency,
} from '../../models.js';
import { assertDocumentId, list, ListSchema, locale, parseCms, strings, text } from './cms-parse.js';

// ---------------------------------------------------------------------------------------------
// What the api returns (the GraphQL shapes).

export interface RegionRef {
  code: string;
  name: string;
}

/** A service an instruction applies to: enough to open it and to see where it is offered. */
export interface ServiceLink {
  id: string;
  name: string;
  regions: RegionRef[];
}

export interface ProfessionalInstructionDetails {
  id: string;
  slug: string;
  locale: Locale;
  title: string;
  /** Markdown. */
  body: string;
  category: string | null;
  audience: string[];
  regions: RegionRef[];
  relatedServices: ServiceLink[];
  reviewBy: string | null;
  updatedAt: string;
}

/** One node of a condition tree, flattened: `children` index into the same list; node 0 is the root. */
export interface TriageConditionNode {
  op: 'equals' | 'in' | 'range' | 'all' | 'any';
  question: string | null;
  /** `equals`: the value as text (`true`/`false`, a number, or a choice option's value). */
  value: string | null;
  /** `in`: choice option values. */
  values: string[];
  gte: number | null;
  lte: number | null;
  children: number[];
}

export interface TriageQuestionView {
  id: string;
  type: 'boolean' | 'choice' | 'number';
  text: string;
  options: { value: string; label: string }[];
  unit: string | null;
  min: number | null;
  max: number | null;
}

/** Where an outcome directs the citizen; `title` (and `id` for a service) are null when the target is not published. */
export interface DispositionView {
  kind: 'service' | 'queue' | 'guide';
  /** Service or guide slug, or queue code, as the protocol names it. */
  target: string;
  title: string | null;
  /** documentId of the service (services only). */
  id: string | null;
}

export interface TriageProtocolDetails {
  id: string;
  code: string;
  version: number;
  complaint: string;
  audience: string;
  questions: TriageQuestionView[];
  redFlags: { id: string; urgency: Urgency; reason: string; when: { nodes: TriageConditionNode[] } }[];
  rules: { id: string; urgency: Urgency; when: { nodes: TriageConditionNode[] } }[];
  outcomes: { urgency: Urgency; advice: string; disposition: DispositionView }[];
  defaultOutcome: Urgency;
  sources: { title: string; url: string }[];
  updatedAt: string;
}

// ---------------------------------------------------------------------------------------------
// What the CMS sends.

const RegionRefSchema = z.object({ code: z.string().min(1), name: z.string() });

const InstructionSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  locale,
  title: z.string(),
  body: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  category: text,
  audience: strings,
  reviewBy: text,
  regions: list(RegionRefSchema),
  relatedServices: list(
    z.object({ documentId: z.string().min(1), name: z.string().min(1), regions: list(RegionRefSchema) }),
  ),
  updatedAt: z.string(),
});

const ProtocolSchema = z.object({
  documentId: z.string(),
  code: z.string(),
  version: z.number().int(),
  complaint: z.object({ fi: z.string(), sv: z.string().optional(), en: z.string().optional() }),
  audience: z.string(),
  questions: list(TriageQuestionSchema),
  redFlags: list(RedFlagSchema),
  rules: list(TriageRuleSchema),
  outcomes: list(TriageOutcomeSchema),
  defaultOutcome: z.enum(URGENCIES),
  sources: list(SourceSchema),
  updatedAt: z.string(),
});

const DataSchema = z.object({ data: z.unknown() });

/** A published protocol as the CMS serves it: every locale's texts and the decision logic. */
export type TriageProtocolSource = z.infer<typeof ProtocolSchema>;

// ---------------------------------------------------------------------------------------------

/** Flattens a condition tree into nodes (root first), so GraphQL can carry any depth without recursion. */
export function flattenCondition(condition: TriageCondition): TriageConditionNode[] {
  const nodes: TriageConditionNode[] = [];
  const visit = (c: TriageCondition): number => {
    const index = nodes.length;
    const node: TriageConditionNode = {
      op: 'equals',
      question: null,
      value: null,
      values: [],
      gte: null,
      lte: null,
      children: [],
    };
    nodes.push(node);
    if ('all' in c || 'any' in c) {
      const parts = 'all' in c ? c.all : c.any;
      node.op = 'all' in c ? 'all' : 'any';
      node.children = parts.map(visit);
    } else if ('equals' in c) {
      node.question = c.question;
      node.value = String(c.equals);
    } else if ('in' in c) {
      node.op = 'in';
      node.question = c.question;
      node.values = [...c.in];
    } else {
      node.op = 'range';
      node.question = c.question;
      node.gte = c.gte ?? null;
      node.lte = c.lte ?? null;
    }
    return index;
  };
  visit(condition);
  return nodes;
}

/** Reads instructions and protocols for agents. */
export interface AgentContentReader {
  professionalInstruction(id: string, locale: Locale): Promise<ProfessionalInstructionDetails>;
  triageProtocol(id: string, locale: Locale): Promise<TriageProtocolDetails>;
  /**
   * The published protocol with this documentId as the CMS serves it now, never from the cache (a care-need
   * assessment is decided on it); `null` when none is published.
   */
  triageProtocolSource(id: string): Promise<TriageProtocolSource | null>;
}

type Cached = <T>(key: string, load: () => Promise<T>) => Promise<T>;

export function createAgentContentReader(cms: CmsClient, cached: Cached): AgentContentReader {
  async function findInstruction(id: string, loc: Locale): Promise<ProfessionalInstructionDetails | null> {
    const spec = READ_SPECS.professionalInstruction;
    const raw = await cms.get(`professional-instructions/${encodeURIComponent(id)}`, {
      locale: loc,
      status: 'published',
      fields: spec.fields,
      populate: spec.populate,
    });
    if (raw === null) return null;
    const data = parseCms(DataSchema, raw, 'professional-instructions').data;
    if (data === null || data === undefined) return null;
    const doc = parseCms(InstructionSchema, data, 'professional-instructions');
    return {
      id: doc.documentId,
      slug: doc.slug,
      locale: doc.locale,
      title: doc.title,
      body: doc.body,
      category: doc.category,
      audience: doc.audience,
      regions: doc.regions,
      relatedServices: doc.relatedServices.map((s) => ({
        id: s.documentId,
        name: s.name,
        regions: s.regions,
      })),
      reviewBy: doc.reviewBy,
      updatedAt: doc.updatedAt,
    };
  }

  /**
   * Titles of published documents by one attribute (`slug` or `code`) in `loc`, with Finnish for those not
   * translated. Unknown or unpublished values are simply missing from the map.
   */
  async function titlesBy(
    path: string,
    by: 'slug' | 'code',
    titleField: 'name' | 'title',
    fields: readonly string[],
    values: readonly string[],
    loc: Locale,
  ): Promise<Map<string, { id: string; title: string }>> {
    const found = new Map<string, { id: string; title: string }>();
    const Row = z.object({ documentId: z.string(), [by]: z.string(), [titleField]: z.string() });
    for (const l of loc === DEFAULT_LOCALE ? [loc] : [loc, DEFAULT_LOCALE]) {
      const missing = [...new Set(values)].filter((v) => !found.has(v));
      if (missing.length === 0) break;
      const query: StrapiQuery = {
        filters: { [by]: { $in: missing } },
        locale: l,
        status: 'published',
        fields,
        pagination: { pageSize: 100 },
      };
      const raw = await cms.get(path, query);
      if (raw === null) continue;
      for (const row of parseCms(ListSchema(Row), raw, path).items) {
        const r = row as Record<string, string>;
        found.set(r[by]!, { id: r['documentId']!, title: r[titleField]! });
      }
    }
    return found;
  }

  async function protocolSource(id: string): Promise<TriageProtocolSource | null> {
    const spec = READ_SPECS.triageProtocol;
    const raw = await cms.get(`triage-protocols/${encodeURIComponent(id)}`, {
      status: 'published',
      fields: spec.fields,
    });
    if (raw === null) return null;
    const data = parseCms(DataSchema, raw, 'triage-protocols').data;
    if (data === null || data === undefined) return null;
    return parseCms(ProtocolSchema, data, 'triage-protocols');
  }

  async function findProtocol(id: string, loc: Locale): Promise<TriageProtocolDetails | null> {
    const p = await protocolSource(id);
    if (p === null) return null;
    const targets = (kind: 'service' | 'guide' | 'queue') =>
      p.outcomes.flatMap((o) =>
        o.disposition.kind !== kind
          ? []
          : [
              o.disposition.kind === 'service'
                ? o.disposition.serviceSlug
                : o.disposition.kind === 'guide'
                  ? o.disposition.guideSlug
                  : o.disposition.queueCode,
            ],
      );
    const [services, guides, queues] = await Promise.all([
      targets('service').length
        ? titlesBy(
            'service-entries',
            'slug',
            'name',
            READ_SPECS.dispositionService.fields,
            targets('service'),
            loc,
          )
        : new Map<string, { id: string; title: string }>(),
      targets('guide').length
        ? titlesBy(
            'self-care-guides',
            'slug',
            'title',
            READ_SPECS.dispositionGuide.fields,
            targets('guide'),
            loc,
          )
        : new Map<string, { id: string; title: string }>(),
      targets('queue').length
        ? titlesBy(
            'service-queues',
            'code',
            'name',
            READ_SPECS.dispositionQueue.fields,
            targets('queue'),
            loc,
          )
        : new Map<string, { id: string; title: string }>(),
    ]);
    return {
      id: p.documentId,
      code: p.code,
      version: p.version,
      complaint: pickText(p.complaint, loc),
      audience: p.audience,
      questions: p.questions.map((q) => ({
        id: q.id,
        type: q.type,
        text: pickText(q.text, loc),
        options:
          q.type === 'choice'
            ? q.options.map((o) => ({ value: o.value, label: pickText(o.label, loc) }))
            : [],
        unit: q.type === 'number' ? (q.unit ?? null) : null,
        min: q.type === 'number' ? (q.min ?? null) : null,
        max: q.type === 'number' ? (q.max ?? null) : null,
      })),
      redFlags: p.redFlags.map((f) => ({
        id: f.id,
        urgency: f.outcome,
        reason: pickText(f.reason, loc),
        when: { nodes: flattenCondition(f.when) },
      })),
      // The evaluator names an unnamed rule `rule-<n>` (1-based); the same id here.
      rules: p.rules.map((r, i) => ({
        id: r.id ?? `rule-${i + 1}`,
        urgency: r.outcome,
        when: { nodes: flattenCondition(r.when) },
      })),
      outcomes: p.outcomes.map((o) => {
        const d = o.disposition;
        const target = d.kind === 'service' ? d.serviceSlug : d.kind === 'guide' ? d.guideSlug : d.queueCode;
        const hit = (d.kind === 'service' ? services : d.kind === 'guide' ? guides : queues).get(target);
        return {
          urgency: o.urgency,
          advice: pickText(o.advice, loc),
          disposition: {
            kind: d.kind,
            target,
            title: hit?.title ?? null,
            id: d.kind === 'service' ? (hit?.id ?? null) : null,
          },
        };
      }),
      defaultOutcome: p.defaultOutcome,
      sources: p.sources,
      updatedAt: p.updatedAt,
    };
  }

  return {
    async professionalInstruction(id, loc) {
      assertDocumentId(id);
      const found = await cached(`instruction:${loc}:${id}`, async () => {
        const own = await findInstruction(id, loc);
        if (own || loc === DEFAULT_LOCALE) return own;
        return findInstruction(id, DEFAULT_LOCALE);
      });
      if (!found) {
        throw new DomainError('NOT_FOUND', 'No published professional instruction has this id.', {
          details: { field: 'id', id },
        });
      }
      return found;
    },

    async triageProtocol(id, loc) {
      assertDocumentId(id);
      const found = await cached(`protocol:${loc}:${id}`, () => findProtocol(id, loc));
      if (!found) {
        throw new DomainError('NOT_FOUND', 'No published triage protocol has this id.', {
          details: { field: 'id', id },
        });
      }
      return found;
    },

    triageProtocolSource(id) {
      assertDocumentId(id);
      return protocolSource(id);
    },
  };
}
