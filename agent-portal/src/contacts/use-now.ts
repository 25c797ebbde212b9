import { onScopeDispose, ref, type Ref } from 'vue';

/** The current time, refreshed every `everyMs` (a contact's clock counts down on screen without asking the api). */
export function useNow(everyMs = 15_000): Ref<number> {
  const now = ref(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, everyMs);
  onScopeDispose(() => clearInterval(timer));
  return now;
}
