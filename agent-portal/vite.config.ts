import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `base: './'` keeps the build relocatable: index.html, assets and the runtime `config.json` are resolved
// relative to wherever dist/ is served from.
export default defineConfig({
  base: './',
  plugins: [vue()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 5173, host: '127.0.0.1' },
  build: { outDir: 'dist', emptyOutDir: true },
});
