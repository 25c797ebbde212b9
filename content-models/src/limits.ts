/**
 * Maximum lengths, in characters, of the long editor fields (Strapi `text` and `richtext`). Strapi refuses a longer
 * value on save, naming the field; the renderers and search mappers bound what they read on their own as well, so
 * content stored before a limit existed stays harmless.
 *
 * Chosen from the sample content (cms/seed/content) with wide headroom, measured 2026-12-03: the longest guide body
 * is 2,090 characters, instruction body 1,581, agent instructions 750, service description 624, summary 237,
 * phone-channel notes 71.
 */
export const TEXT_LIMITS = Object.freeze({
  /** Markdown bodies: guide and instruction bodies, agent instructions. */
  markdown: 100_000,
  /** Long plain text: service description and user instruction (PTV itself allows 2,500). */
  longText: 10_000,
  /** Summaries (PTV itself allows 150). */
  summary: 1_000,
  /** Short notes in channels: charge information, service and opening hours. */
  note: 2_000,
});
