/**
 * The copy targets of the open view: every copy button registers here, so the view can number them (after `c`)
 * and copy one by its number, and one toast says what was copied.
 */
import {
  inject,
  provide,
  ref,
  shallowRef,
  triggerRef,
  type InjectionKey,
  type Ref,
  type ShallowRef,
} from 'vue';
import { writeClipboard } from './clipboard';

export interface CopyTarget {
  /** The button (for document order). */
  readonly element: () => HTMLElement | undefined;
  /** What is copied (read when copying, so it is current). */
  readonly text: () => string;
  /** Names the target in the toast. */
  readonly label: () => string;
}

export interface CopyTargets {
  readonly targets: ShallowRef<Set<CopyTarget>>;
  /** Numbered targets in document order while the badges are shown; `null` otherwise. */
  readonly numbered: Ref<CopyTarget[] | null>;
  /** The last confirmation: what was copied (or that copying failed), with a counter so equal texts re-announce. */
  readonly toast: Ref<{ label: string; ok: boolean; seq: number } | null>;
  register(target: CopyTarget): () => void;
  showNumbers(): void;
  hideNumbers(): void;
  copy(target: CopyTarget): Promise<void>;
}

const KEY: InjectionKey<CopyTargets> = Symbol('neuvo-copy-targets');

function inDocumentOrder(targets: Iterable<CopyTarget>): CopyTarget[] {
  return [...targets]
    .filter((t) => t.element()?.isConnected)
    .sort((a, b) => {
      const pa = a.element()!;
      const pb = b.element()!;
      return pa.compareDocumentPosition(pb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
}

/** Creates and provides the copy targets of a view (called by the view's container). */
export function provideCopyTargets(): CopyTargets {
  let seq = 0;
  const targets = shallowRef(new Set<CopyTarget>());
  const numbered = ref<CopyTarget[] | null>(null) as Ref<CopyTarget[] | null>;
  const toast = ref<{ label: string; ok: boolean; seq: number } | null>(null);
  const api: CopyTargets = {
    targets,
    numbered,
    toast,
    register(target) {
      targets.value.add(target);
      triggerRef(targets);
      return () => {
        targets.value.delete(target);
        triggerRef(targets);
      };
    },
    showNumbers() {
      numbered.value = inDocumentOrder(targets.value);
    },
    hideNumbers() {
      numbered.value = null;
    },
    async copy(target) {
      const ok = await writeClipboard(target.text());
      toast.value = { label: target.label(), ok, seq: ++seq };
    },
  };
  provide(KEY, api);
  return api;
}

/** The copy targets of the enclosing view, if any. */
export function useCopyTargets(): CopyTargets | undefined {
  return inject(KEY, undefined);
}
