import { createApp } from 'vue';
import App from './App.vue';
import { loadRuntimeConfig, type RuntimeConfig } from './config/runtime-config';
import { loadMarkdownRenderer } from './content/markdown-loader';
import { createGraphQLClient } from '@neuvo/graphql-contract';
import { GRAPHQL_CLIENT_KEY } from './graphql/provide';
import { createI18n } from './i18n';
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
  const app = createApp(App, { hasAgentKey: config?.agentKey !== undefined, configError }).use(i18n);
  if (config) {
    app.provide(
      GRAPHQL_CLIENT_KEY,
      createGraphQLClient({ apiUrl: config.apiUrl, agentKey: config.agentKey }),
    );
  }
  app.mount('#app');
  if (config) {
    // Warm the Markdown chunk once the search box is usable, so opening a service never waits for it.
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
    idle(() => void loadMarkdownRenderer());
  }
}

void start();
