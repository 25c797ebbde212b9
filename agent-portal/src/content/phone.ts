/** A `tel:` URI for a phone number: digits and a leading `+` only, prefix (e.g. `+358`) prepended if given. */
export function telHref(number: string, prefixNumber?: string | null): string {
  const clean = (value: string): string => value.replace(/[^\d+]/g, '');
  const prefix = prefixNumber ? clean(prefixNumber) : '';
  let local = clean(number);
  // With an international prefix, a national trunk 0 would make the number wrong (+358 09… → +358 9…).
  if (prefix.startsWith('+') && local.startsWith('0')) local = local.slice(1);
  if (prefix && !local.startsWith('+')) return `tel:${prefix}${local}`;
  return `tel:${local}`;
}

/** The number as shown to the agent: `+358 40 123 4567` style is left to the data; prefix joined by a space. */
export function displayPhone(number: string, prefixNumber?: string | null): string {
  const trimmed = number.trim();
  if (prefixNumber && prefixNumber.trim() !== '' && !trimmed.startsWith('+')) {
    return `${prefixNumber.trim()} ${trimmed.replace(/^0/, '')}`;
  }
  return trimmed;
}

/** Only http(s) links from content become anchors; anything else (javascript:, data:) is not linked. */
export function safeExternalUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
