import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import LocalHelp from './components/LocalHelp.vue';
import PopularGuides from './components/PopularGuides.vue';
import SiteLayout from './components/SiteLayout.vue';
import SiteSearchPage from './components/SiteSearchPage.vue';
import './custom.css';
import './search-feedback.css';

export default {
  extends: DefaultTheme,
  Layout: SiteLayout,
  enhanceApp({ app }) {
    app.component('LocalHelp', LocalHelp);
    app.component('PopularGuides', PopularGuides);
    app.component('SiteSearchPage', SiteSearchPage);
  },
} satisfies Theme;
