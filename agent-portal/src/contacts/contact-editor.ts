/**
 * One contact being written: the draft the agent types, the contact as last saved, field errors, and a stale edit
 * (`CONFLICT`). Saving sends the version last read; the api refuses an older one and the editor never merges: it
 * keeps what the agent typed, says someone else changed the contact, and loads the latest version only when asked.
 */
import {
  GraphQLRequestError,
  type GraphQLClient,
  type GraphQLClientErrorCode,
} from '@neuvo/graphql-contract';
import { computed, reactive, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import {
  closeContact,
  fetchContact,
  openContact,
  recordTriageAssessment,
  updateContact,
  type ContactView,
  type RecordTriageAssessmentInput,
} from '../graphql/queries';
import {
  API_FIELD_MESSAGES,
  checkDraft,
  draftFromContact,
  fieldOfApiPath,
  openInput,
  updateInput,
  withContent,
  type ContactDraft,
  type ContactField,
  type ContactFieldErrors,
  type UsedContent,
} from './contact-form';

export interface ContactEditor {
  /** What the agent types (bound to the form). */
  readonly draft: ContactDraft;
  /** The contact as last read or saved; `undefined` until a new contact is first saved. */
  readonly saved: ShallowRef<ContactView | undefined>;
  readonly errors: Ref<ContactFieldErrors>;
  /** The error code of the last failed request that is not a field's (network, rights, …). */
  readonly failure: Ref<GraphQLClientErrorCode | undefined>;
  /** Set when a save or end met a newer version: someone else changed the contact. */
  readonly conflict: Ref<boolean>;
  /** What the agent had typed when they loaded the latest version after a conflict (shown until saved). */
  readonly typedBefore: ShallowRef<ContactDraft | undefined>;
  readonly busy: Ref<boolean>;
  /** True when the draft differs from what is saved. */
  readonly dirty: ComputedRef<boolean>;
  /** Opens (first save) or updates the contact. Resolves true when it was saved. */
  save(): Promise<boolean>;
  /** Saves what is unsaved, then ends the contact (it needs an outcome). Resolves true when it was ended. */
  end(): Promise<boolean>;
  /** After a conflict: reads the latest version into the form; what the agent typed stays in `typedBefore`. */
  loadLatest(): Promise<void>;
  /** Puts what the agent typed before loading the latest version back into the form, on top of the latest. */
  reapplyTyped(): void;
  /** Adds content the agent used (no duplicates). */
  addContent(item: UsedContent): void;
  /**
   * Saves a care-need assessment on the contact (after saving what is unsaved), then takes the contact as the api
   * answers it. Resolves true when it was saved.
   */
  recordTriage(input: RecordTriageAssessmentInput): Promise<boolean>;
  /** Forgets a field's error (the agent is correcting it). */
  clearError(field: ContactField): void;
}

function snapshot(draft: ContactDraft): ContactDraft {
  return JSON.parse(JSON.stringify(draft)) as ContactDraft;
}

/**
 * An editor for a new contact (`from` is a prefilled draft) or a saved one (`from` is the contact as read).
 */
export function createContactEditor(
  client: GraphQLClient,
  from: { draft: ContactDraft } | { contact: ContactView },
): ContactEditor {
  const initial = 'contact' in from ? draftFromContact(from.contact) : from.draft;
  const draft = reactive<ContactDraft>(snapshot(initial));
  const saved = shallowRef<ContactView | undefined>('contact' in from ? from.contact : undefined);
  const baseline = ref(JSON.stringify(initial));
  const errors = ref<ContactFieldErrors>({});
  const failure = ref<GraphQLClientErrorCode>();
  const conflict = ref(false);
  const typedBefore = shallowRef<ContactDraft>();
  const busy = ref(false);
  const dirty = computed(() => !saved.value || JSON.stringify(draft) !== baseline.value);

  function accept(contact: ContactView): void {
    saved.value = contact;
    // The identity code is never answered in clear: once saved, the field empties and the masked code shows.
    const next = draftFromContact(contact);
    Object.assign(draft, next);
    baseline.value = JSON.stringify(next);
  }

  function fail(error: unknown): void {
    if (error instanceof GraphQLRequestError) {
      if (error.code === 'CONFLICT') {
        conflict.value = true;
        return;
      }
      if (error.code === 'VALIDATION_FAILED') {
        const field = fieldOfApiPath(error.field);
        errors.value = { ...errors.value, [field]: API_FIELD_MESSAGES[field] };
        return;
      }
      failure.value = error.code;
      return;
    }
    failure.value = 'INTERNAL';
  }

  async function run(check: ContactFieldErrors, action: () => Promise<void>): Promise<boolean> {
    errors.value = check;
    failure.value = undefined;
    if (Object.keys(check).length > 0) return false;
    busy.value = true;
    try {
      await action();
      return true;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  async function persist(): Promise<void> {
    const current = saved.value;
    const contact = current
      ? await updateContact(client, current.id, current.version, updateInput(draft, current))
      : await openContact(client, openInput(draft));
    accept(contact);
    typedBefore.value = undefined;
  }

  const editor: ContactEditor = {
    draft,
    saved,
    errors,
    failure,
    conflict,
    typedBefore,
    busy,
    dirty,
    save() {
      if (conflict.value) return Promise.resolve(false);
      return run(checkDraft(draft, saved.value), persist);
    },
    end() {
      if (conflict.value) return Promise.resolve(false);
      return run(checkDraft(draft, saved.value, true), async () => {
        if (dirty.value) await persist();
        const current = saved.value!;
        accept(await closeContact(client, current.id, current.version));
      });
    },
    async loadLatest() {
      const current = saved.value;
      if (!current) return;
      busy.value = true;
      failure.value = undefined;
      try {
        const latest = await fetchContact(client, current.id);
        typedBefore.value = snapshot(draft);
        accept(latest);
        conflict.value = false;
        errors.value = {};
      } catch (error) {
        fail(error);
      } finally {
        busy.value = false;
      }
    },
    reapplyTyped() {
      const typed = typedBefore.value;
      if (!typed || saved.value?.status !== 'open') return;
      Object.assign(draft, snapshot(typed));
    },
    recordTriage(input) {
      if (conflict.value || saved.value?.status !== 'open') return Promise.resolve(false);
      return run(checkDraft(draft, saved.value), async () => {
        if (dirty.value) await persist();
        const current = saved.value!;
        accept(await recordTriageAssessment(client, current.id, current.version, input));
      });
    },
    clearError(field) {
      if (!errors.value[field]) return;
      const rest = { ...errors.value };
      delete rest[field];
      errors.value = rest;
    },
    addContent(item) {
      if (saved.value?.status === 'closed') return;
      draft.contentUsed = withContent(draft.contentUsed, item);
    },
  };
  return editor;
}
