/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Dev fallback for `apiUrl` when `/config.json` is not served (e.g. `npm run dev`). */
  readonly VITE_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
