import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built panel at /admin; `npm run dev:admin` proxies GraphQL to a running API.
export default defineConfig({
  root: path.resolve(__dirname),
  base: '/admin/',
  plugins: [react()],
  build: { outDir: path.resolve(__dirname, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000' } },
});
