import { createApp } from 'vue';
import App from './App.vue';
import { loadRuntimeConfig, type RuntimeConfig } from './config/runtime-config';
import { loadMarkdownRenderer } from './content/markdown-loader';
import { createGraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from './graphql/provide';
import { SEARCH_DEBOUNCE_KEY } from './search/use-instant-search';
import { createI18n } from './i18n';
import { createSession, SESSION_KEY, takeSignInOutcome } from './session/session';
import './styles.css';

async function start(): Promise<void> {
  const i18n = createI18n();
  let config: RuntimeConfig | undefined;
  let configError: string | undefined;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    configError = error instanceof Error ? error.message : String(error);
  }
  const app = createApp(App, { apiUrl: config?.apiUrl, configError }).use(i18n);
  if (config) {
    const { apiUrl } = config;
    // A refused sign-in comes back with ?signin=…: show it once, and keep it out of the address bar.
    const outcome = takeSignInOutcome(location.href);
    if (outcome.cleaned !== location.href) history.replaceState(history.state, '', outcome.cleaned);
    const client = createGraphQLClient({
      apiUrl,
      // The staff session is an httpOnly cookie the api set at sign-in.
      credentials: 'include',
      onSessionEnded: () => session.ended(),
    });
    const session = createSession({ apiUrl, client: () => client, initialNotice: outcome.notice });
    app.provide(GRAPHQL_CLIENT_KEY, client);
    app.provide(SESSION_KEY, session);
    app.provide(SEARCH_DEBOUNCE_KEY, config.searchDebounceMs);
    void session.load();
  }
  app.mount('#app');
  if (config) {
    // Warm the Markdown chunk once the search box is usable, so opening a service never waits for it.
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
    idle(() => void loadMarkdownRenderer());
  }
}

void start();
