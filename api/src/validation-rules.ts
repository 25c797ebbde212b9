import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Limits on the shape of an operation, checked before anything runs. */
export interface QueryLimits {
  /** Deepest allowed field nesting; `{ search { hits { id } } }` has depth 3. */
  readonly maxDepth: number;
  /** Most fields one operation may select, counting every alias and every fragment use. */
  readonly maxFields: number;
  /** Most cost points one operation may have ({@link FIELD_COSTS}); unset: {@link DEFAULT_MAX_COST}. */
  readonly maxCost?: number;
}

/** Defaults: deep enough for every real query of the portal and site, far from abusive. */
export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({ maxDepth: 8, maxFields: 300 });

/** Default of `API_MAX_OPERATION_COST`: the portal's largest operation costs 2 (a search with its facet counts). */
export const DEFAULT_MAX_COST = 10;

/**
 * What a field costs, by name: each one sends its own requests to Meilisearch (a `facets` selection adds the
 * disjunctive facet searches) or reads the operational store. Everything else is answered from memory or the CMS
 * cache and costs nothing. An alias or a fragment use of a costly field counts again, as it runs again.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = Object.freeze({
  search: 1,
  suggest: 1,
  facets: 1,
  searchReport: 1,
  guideFeedbackReport: 1,
  popularGuides: 1,
  sendGuideFeedback: 1,
  recordGuideView: 1,
});

/**
 * Introspection (`__schema`, `__type`) is checked against its own depth: the standard introspection
 * query of GraphiQL/Apollo Sandbox nests 15 levels. Introspection is switched off in production.
 */
export const MAX_INTROSPECTION_DEPTH = 16;

interface Measure {
  depth: number;
  introspectionDepth: number;
  fields: number;
  cost: number;
}

/**
 * Measures a selection set: its depth and its field count with fragments expanded. Fragment measures
 * are memoised, so a "fragment bomb" (each fragment spreading the next many times) costs linear time
 * here while its expanded count still grows and trips the limit. Fields under `__schema`/`__type`
 * count towards `fields` and towards `introspectionDepth` instead of `depth`.
 */
function measure(
  set: SelectionSetNode,
  getFragment: (name: string) => FragmentDefinitionNode | null | undefined,
  memo: Map<string, Measure>,
  visiting: Set<string>,
): Measure {
  let depth = 0;
  let introspectionDepth = 0;
  let fields = 0;
  let cost = 0;
  const add = (inner: Measure, levels: number, introspection: boolean) => {
    cost += inner.cost;
    if (introspection) {
      introspectionDepth = Math.max(
        introspectionDepth,
        levels + Math.max(inner.depth, inner.introspectionDepth),
      );
    } else {
      depth = Math.max(depth, levels + inner.depth);
      introspectionDepth = Math.max(
        introspectionDepth,
        inner.introspectionDepth === 0 ? 0 : levels + inner.introspectionDepth,
      );
    }
    fields += levels + inner.fields;
  };
  for (const selection of set.selections) {
    switch (selection.kind) {
      case Kind.FIELD: {
        const inner = selection.selectionSet
          ? measure(selection.selectionSet, getFragment, memo, visiting)
          : { depth: 0, introspectionDepth: 0, fields: 0, cost: 0 };
        const name = selection.name.value;
        add(inner, 1, name === '__schema' || name === '__type');
        cost += FIELD_COSTS[name] ?? 0;
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        add(measure(selection.selectionSet, getFragment, memo, visiting), 0, false);
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        let inner = memo.get(name);
        if (!inner) {
          const fragment = getFragment(name);
          // Unknown or cyclic fragments are reported by graphql's own rules; count them as empty here.
          if (!fragment || visiting.has(name)) break;
          visiting.add(name);
          inner = measure(fragment.selectionSet, getFragment, memo, visiting);
          visiting.delete(name);
          memo.set(name, inner);
        }
        add(inner, 0, false);
        break;
      }
    }
  }
  return { depth, introspectionDepth, fields, cost };
}

/**
 * The cost of one operation of `document` ({@link FIELD_COSTS}, fragments expanded). Used by the rate limiter,
 * which charges a client what its operation costs.
 */
export function operationCost(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return measure(operation.selectionSet, (name) => fragments.get(name), new Map(), new Set()).cost;
}

/**
 * A validation rule rejecting operations deeper than `maxDepth`, selecting more than `maxFields` fields or costing
 * more than `maxCost` points, before anything runs.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const memo = new Map<string, Measure>();
    return {
      OperationDefinition(node) {
        const m = measure(node.selectionSet, (name) => context.getFragment(name), memo, new Set());
        if (m.depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(
              `The operation is too deep: at most ${limits.maxDepth} levels of fields are allowed.`,
              {
                nodes: [node],
              },
            ),
          );
        }
        if (m.introspectionDepth > MAX_INTROSPECTION_DEPTH) {
          context.reportError(
            new GraphQLError(
              `The introspection query is too deep: at most ${MAX_INTROSPECTION_DEPTH} levels are allowed.`,
              {
                nodes: [node],
              },
            ),
          );
        }
        const maxCost = limits.maxCost ?? DEFAULT_MAX_COST;
        if (m.cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `The operation is too expensive: at most ${maxCost} searches, suggestions, facet counts and reports (counting aliases and fragment uses) are allowed in one operation.`,
              { nodes: [node] },
            ),
          );
        }
        if (m.fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(
              `The operation is too large: at most ${limits.maxFields} fields (counting aliases and fragment uses) are allowed.`,
              { nodes: [node] },
            ),
          );
        }
      },
    };
  };
}
