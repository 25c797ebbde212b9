/**
 * Labels of the casework vocabulary's codes in the reader's language. The api answers codes as strings; a code the
 * portal has no label for (a newer api) is shown as it is rather than hidden.
 */
import { MESSAGES, type MessageKey, type MessageParams } from '../i18n';

/** The vocabularies with labels under `casework.<group>.<code>`. */
export type VocabularyGroup =
  'grounds' | 'consent' | 'subject' | 'status' | 'callBackState' | 'auditAction' | 'channelName';

/** The label of `code` in `group`, or the code itself when it has none. */
export function vocabularyLabel(
  t: (key: MessageKey, params?: MessageParams) => string,
  group: VocabularyGroup,
  code: string,
): string {
  const key = `casework.${group}.${code}`;
  return Object.prototype.hasOwnProperty.call(MESSAGES.fi, key) ? t(key as MessageKey) : code;
}
