// widget.js: the custom element as one classic script (IIFE), loaded with <script defer>.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: false,
    lib: { entry: 'web/src/widget.tsx', formats: ['iife'], name: 'AiActAssessmentWidget', fileName: () => 'widget.js' },
  },
});
