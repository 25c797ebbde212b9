import { nextTick, reactive, ref } from 'vue';
import type { GraphQLRequestError } from '@neuvo/graphql-contract';
import { useI18n } from '../i18n';
import { asRequestError, fieldOfApiError, firstInvalid, type FieldErrors } from './form-errors';

/** What a casework form is: its fields in screen order, how it checks and saves a draft. */
export interface CaseworkFormOptions<F extends string, D extends object, R> {
  /** Prefix of the form's element ids (unique per mounted form). */
  readonly idPrefix: string;
  /** The fields in the order they appear: the first one with an error gets the focus. */
  readonly fields: readonly F[];
  /** The api's input paths (`input.person.identityCode`) → the field that shows their errors. */
  readonly apiFields: Readonly<Record<string, F>>;
  readonly blank: () => D;
  /** The portal's own check before sending; the api checks again. */
  readonly validate: (draft: D) => FieldErrors<F>;
  readonly save: (draft: D) => Promise<R>;
  readonly onSaved: (saved: R) => void;
}

/**
 * The state and send flow the casework forms share: check, focus the first wrong field, save, start a blank draft,
 * and show a field the api refuses at that field (anything else as a request error). Errors are message keys, said
 * in the reader's language.
 */
export function useCaseworkForm<F extends string, D extends object, R>(
  options: CaseworkFormOptions<F, D, R>,
) {
  const { t } = useI18n();
  const uid = `${options.idPrefix}-${Math.random().toString(36).slice(2, 8)}`;
  const id = (field: string) => `${uid}-${field}`;
  const draft = reactive(options.blank()) as D;
  const errors = ref<FieldErrors<F>>({});
  const saving = ref(false);
  /** Set by a refused send: then the form says, once, that marked fields need correcting. */
  const attempted = ref(false);
  const failure = ref<GraphQLRequestError>();
  const savedMessage = ref(false);

  const message = (field: F) => {
    const error = errors.value[field];
    return error ? t.value(error.key, error.params) : '';
  };
  const describedBy = (field: F, hint = false) =>
    [hint ? id(`${field}-hint`) : '', errors.value[field] ? id(`${field}-error`) : '']
      .filter(Boolean)
      .join(' ') || undefined;
  function clearError(field: F): void {
    if (!errors.value[field]) return;
    const next = { ...errors.value };
    delete next[field];
    errors.value = next;
  }

  async function focusFirstInvalid(): Promise<void> {
    const field = firstInvalid(errors.value, options.fields);
    if (!field) return;
    await nextTick();
    document.getElementById(id(field))?.focus();
  }

  async function submit(): Promise<void> {
    failure.value = undefined;
    savedMessage.value = false;
    errors.value = options.validate(draft);
    attempted.value = Object.keys(errors.value).length > 0;
    if (attempted.value) return focusFirstInvalid();
    saving.value = true;
    try {
      const saved = await options.save(draft);
      Object.assign(draft, options.blank());
      await nextTick();
      errors.value = {};
      savedMessage.value = true;
      options.onSaved(saved);
    } catch (e) {
      const field = fieldOfApiError(e, options.apiFields);
      if (field) {
        errors.value = { ...errors.value, [field]: { key: 'casework.form.serverField' } };
        attempted.value = true;
        await focusFirstInvalid();
      } else failure.value = asRequestError(e);
    } finally {
      saving.value = false;
    }
  }

  return {
    id,
    draft,
    errors,
    saving,
    attempted,
    failure,
    savedMessage,
    message,
    describedBy,
    clearError,
    submit,
  };
}
