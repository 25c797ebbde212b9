import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import LocalHelp from './components/LocalHelp.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('LocalHelp', LocalHelp);
  },
} satisfies Theme;
