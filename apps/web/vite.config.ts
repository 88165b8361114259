import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (apps/server) listens on 3000; in dev and preview, Vite forwards /api to it.
const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

/** Split the big vendors into their own long-lived chunks. */
function manualChunks(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (id.includes('maplibre-gl')) return 'maplibre';
  if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  if (/node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@babel[\\/]runtime)[\\/]/.test(id))
    return 'antd';
  return undefined;
}

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { output: { manualChunks } },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
