// The site's type check (tsc) reads the theme's .ts files; Vue SFCs are compiled by VitePress.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
