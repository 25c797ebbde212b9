import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import NeuvoLayout from './components/NeuvoLayout.vue';
import './custom.css';

export default {
  extends: DefaultTheme,
  // The default layout with the 404 page's emergency notice and the chat widget's region (#neuvo-chat-slot).
  Layout: NeuvoLayout,
} satisfies Theme;
