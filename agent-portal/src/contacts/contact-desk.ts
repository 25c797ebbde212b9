/**
 * The contact being handled now, beside search and content. The desk learns what the agent does (the home region,
 * the search text, the content on screen) so that a contact opens prefilled with it, and adds every content view
 * opened while a contact is being handled to the contact's content used.
 */
import type { GraphQLClient } from '@neuvo/graphql-contract';
import { inject, reactive, shallowRef, type InjectionKey, type ShallowRef } from 'vue';
import { createContactEditor, type ContactEditor } from './contact-editor';
import { draftFromContext, type ContactContext, type UsedContent } from './contact-form';

export interface ContactDesk {
  /** What is on screen now: a new contact starts from it. */
  readonly context: ContactContext;
  /** The contact being handled, or `undefined`. */
  readonly active: ShallowRef<ContactEditor | undefined>;
  /** Starts a new contact prefilled from {@link context}; with one already being handled, keeps that one. */
  start(): ContactEditor;
  /**
   * Takes a saved open contact into the side panel (e.g. a nurse picking up a colleague's contact), when none is being
   * handled. Resolves whether it was taken.
   */
  handle(editor: ContactEditor): boolean;
  /** Leaves the contact (after it ended, or a new one that was never saved). */
  dismiss(): void;
  /** The agent typed a search. */
  searched(text: string): void;
  /** The home region changed. */
  regionChosen(region: string | null): void;
  /** A piece of content is on screen (loaded, with its title). */
  viewing(content: UsedContent): void;
  /** A piece of content left the screen. */
  left(content: UsedContent): void;
}

export function createContactDesk(client: GraphQLClient): ContactDesk {
  const context = reactive<ContactContext>({ region: null, content: null, searchText: '' });
  const active = shallowRef<ContactEditor>();
  return {
    context,
    active,
    start() {
      if (active.value && active.value.saved.value?.status !== 'closed') return active.value;
      const editor = createContactEditor(client, { draft: draftFromContext(context) });
      active.value = editor;
      return editor;
    },
    handle(editor) {
      const current = active.value;
      if (current && current.saved.value?.status !== 'closed') return false;
      if (editor.saved.value?.status !== 'open') return false;
      active.value = editor;
      return true;
    },
    dismiss() {
      active.value = undefined;
    },
    searched(text) {
      // An emptied box keeps the words that led to the open content.
      if (text.trim() !== '') context.searchText = text;
    },
    regionChosen(region) {
      context.region = region;
    },
    viewing(content) {
      context.content = { ...content };
      active.value?.addContent(content);
    },
    left(content) {
      const current = context.content;
      if (current?.type === content.type && current.documentId === content.documentId) context.content = null;
    },
  };
}

export const CONTACT_DESK_KEY: InjectionKey<ContactDesk> = Symbol('neuvo-contact-desk');

/** The app's contact desk, or `undefined` where none is provided (a view tested on its own). */
export function useContactDesk(): ContactDesk | undefined {
  return inject(CONTACT_DESK_KEY, undefined);
}
