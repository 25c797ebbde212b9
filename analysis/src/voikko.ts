/**
 * Finnish morphology from Voikko (libvoikko + the voikko-fi dictionary, Debian packages `libvoikko1` and
 * `voikko-fi`), called in-process through the `koffi` FFI: no native build step, no child process.
 */
import { DomainError } from '@neuvo/content-models/errors';
import koffi, { type TypeObject } from 'koffi';

/** One morphological analysis of a word: its base form and its compound components' base forms. */
export interface VoikkoAnalysis {
  /** Base form (lemma), lower-cased: `hammaslääkärille` → `hammaslääkäri`. */
  readonly baseform: string;
  /**
   * Base forms of the compound's components, lower-cased, when the word is a compound:
   * `hammaslääkärille` → `['hammas', 'lääkäri']`, `lastenneuvolaan` → `['lapsi', 'neuvola']`. Empty otherwise.
   */
  readonly parts: readonly string[];
}

/** A loaded Voikko instance for Finnish. */
export interface Voikko {
  /** Every analysis Voikko knows for the word (empty for unknown words). */
  analyze(word: string): VoikkoAnalysis[];
  /** Releases the native handle; later calls to {@link Voikko.analyze} throw. */
  terminate(): void;
}

/** Why Voikko could not be loaded. */
export class VoikkoUnavailableError extends DomainError {
  override readonly name: string = 'VoikkoUnavailableError';
  constructor(message: string) {
    // Voikko is a library of the machine the process runs on: missing, it is part of the deployment to fix.
    super('CONFIG_INVALID', message);
  }
}

/** Library file names tried, in order, when no explicit path is given. */
export const VOIKKO_LIBRARY_NAMES = ['libvoikko.so.1', 'libvoikko.1.dylib', 'libvoikko-1.dll'] as const;

/** Voikko rejects longer words; nothing useful is that long anyway. */
const MAX_WORD_LENGTH = 80;

interface Bindings {
  init(error: [string | null], language: string, path: string | null): unknown;
  terminate(handle: unknown): void;
  analyze(handle: unknown, word: string): unknown;
  value(analysis: unknown, key: string): string | null;
  freeAnalyses(analyses: unknown): void;
  analysisPointer: TypeObject;
}

let bindingsCache: Map<string, Bindings> | undefined;

function bind(library: string): Bindings {
  bindingsCache ??= new Map();
  const cached = bindingsCache.get(library);
  if (cached) return cached;
  const lib = koffi.load(library);
  // Anonymous opaque types: named ones are global in koffi and could clash with another binding.
  const handle = koffi.pointer(koffi.opaque());
  const analysis = koffi.pointer(koffi.opaque());
  const analyses = koffi.pointer(analysis);
  const freeValue = lib.func('voikko_free_mor_analysis_value_cstr', 'void', ['void *']);
  // A disposable string: koffi copies the C string into a JS string, then frees it with Voikko's own free.
  const ownedString = koffi.disposable('char *', (ptr: unknown) => freeValue(ptr));
  const bindings: Bindings = {
    init: lib.func('voikkoInit', handle, [
      koffi.out(koffi.pointer('const char *')),
      'const char *',
      'const char *',
    ]),
    terminate: lib.func('voikkoTerminate', 'void', [handle]),
    analyze: lib.func('voikkoAnalyzeWordCstr', analyses, [handle, 'const char *']),
    value: lib.func('voikko_mor_analysis_value_cstr', ownedString, [analysis, 'const char *']),
    freeAnalyses: lib.func('voikko_free_mor_analysis', 'void', [analyses]),
    analysisPointer: analysis,
  };
  bindingsCache.set(library, bindings);
  return bindings;
}

/**
 * Parses Voikko's `WORDBASES` attribute into the base forms of a compound's components.
 *
 * `+hammas(hammas)+lääkäri(lääkäri)` → `hammas`, `lääkäri`; `+lasten(lapsi)+neuvola(neuvola)` → `lapsi`,
 * `neuvola`. A morpheme whose base starts with `+` is a derivational suffix (`+terve(terve)+ys(+ys)+asema(asema)`):
 * it belongs to the component before it, whose base form is then its surface form (`terveys`). The last
 * component's base form is taken from the whole word's base form, because its surface form is inflected.
 */
export function compoundParts(wordbases: string, baseform: string): string[] {
  const components: Array<{ surface: string; base: string | null }> = [];
  for (const match of wordbases.matchAll(/\+([^+(]*)(?:\(([^)]*)\))?/g)) {
    const surface = (match[1] ?? '').replace(/[-=]/g, '');
    const base = match[2];
    const last = components[components.length - 1];
    if (base !== undefined && base.startsWith('+') && last) {
      last.surface += surface;
      last.base = null; // derived: the morpheme's base is not the component's base
    } else if (surface !== '' || base) {
      components.push({ surface, base: base ?? null });
    }
  }
  if (components.length < 2) return [];
  const parts: string[] = [];
  let prefix = '';
  components.forEach((component, i) => {
    const isLast = i === components.length - 1;
    if (isLast) {
      const lower = baseform.toLowerCase().replace(/-/g, '');
      parts.push(
        lower.startsWith(prefix) ? lower.slice(prefix.length) : (component.base ?? component.surface),
      );
    } else {
      parts.push(component.base ?? component.surface);
    }
    prefix += component.surface.toLowerCase();
  });
  const whole = baseform.toLowerCase();
  return [
    ...new Set(
      parts.map((p) => p.toLowerCase().replace(/-/g, '')).filter((p) => p.length >= 2 && p !== whole),
    ),
  ];
}

/**
 * Loads libvoikko and initialises Finnish.
 *
 * @param library - path or file name of the shared library; default: the usual names ({@link VOIKKO_LIBRARY_NAMES})
 * @param dictionaryPath - a directory with Voikko dictionaries; default: Voikko's own search path
 * @throws {@link VoikkoUnavailableError} when the library or the Finnish dictionary is missing
 */
export function loadVoikko(library?: string, dictionaryPath?: string): Voikko {
  const candidates = library ? [library] : [...VOIKKO_LIBRARY_NAMES];
  let bindings: Bindings | undefined;
  const failures: string[] = [];
  for (const candidate of candidates) {
    try {
      bindings = bind(candidate);
      break;
    } catch (error) {
      failures.push(`${candidate}: ${(error as Error).message}`);
    }
  }
  if (!bindings) {
    throw new VoikkoUnavailableError(`libvoikko could not be loaded (${failures.join('; ')})`);
  }
  const error: [string | null] = [null];
  const handle = bindings.init(error, 'fi', dictionaryPath ?? null);
  if (!handle) {
    throw new VoikkoUnavailableError(
      `Voikko has no Finnish dictionary (${error[0] ?? 'voikkoInit failed'}); install voikko-fi`,
    );
  }
  const b = bindings;
  let live = true;
  return {
    analyze(word) {
      if (!live) throw new Error('Voikko was terminated');
      if (word.length === 0 || word.length > MAX_WORD_LENGTH) return [];
      const list = b.analyze(handle, word);
      if (!list) return [];
      try {
        const pointers = koffi.decode(list, b.analysisPointer, -1) as unknown[];
        const result: VoikkoAnalysis[] = [];
        for (const pointer of pointers) {
          const baseform = b.value(pointer, 'BASEFORM');
          if (!baseform) continue;
          const wordbases = b.value(pointer, 'WORDBASES');
          result.push({
            baseform: baseform.toLowerCase(),
            parts: wordbases ? compoundParts(wordbases, baseform) : [],
          });
        }
        return result;
      } finally {
        b.freeAnalyses(list);
      }
    },
    terminate() {
      if (!live) return;
      live = false;
      b.terminate(handle);
    },
  };
}
