import react from '@vitejs/plugin-react';
import { defineConfig, type Rollup } from 'vite';

// The API server (apps/server) listens on 3000; in dev and preview, Vite forwards /api to it.
const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

const ANTD = /node_modules[\\/](antd|@ant-design)[\\/]/;
const ANTD_MOBILE = /node_modules[\\/]antd-mobile[\\/]/;

/** Who reaches a vendor module: either UI kit, or our own code of either entry. */
type User = 'antd' | 'antd-mobile' | 'console-code' | 'mobile-code';

function usersOf(id: string, getModuleInfo: Rollup.GetModuleInfo, memo: Map<string, Set<User>>): Set<User> {
  const known = memo.get(id);
  if (known) return known;
  const users = new Set<User>();
  memo.set(id, users); // a cycle ends here
  if (ANTD_MOBILE.test(id)) users.add('antd-mobile');
  else if (ANTD.test(id)) users.add('antd');
  else if (/[\\/]apps[\\/]web[\\/]src[\\/]mobile[\\/]/.test(id)) users.add('mobile-code');
  else if (/[\\/]apps[\\/]web[\\/]/.test(id)) users.add('console-code');
  else {
    // Another vendor module, or a shared package: whoever reaches it.
    const info = getModuleInfo(id);
    for (const importer of [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]) {
      for (const user of usersOf(importer, getModuleInfo, memo)) users.add(user);
    }
  }
  return users;
}

let memo: { of: Rollup.GetModuleInfo; users: Map<string, Set<User>> } | null = null;

/**
 * Split the big vendors into their own long-lived chunks. The console (index.html) must not load
 * antd-mobile and the resident pages (mobile.html) must not load antd: a vendor module goes with the
 * kit that uses it, unless the other side uses it too (dayjs, @babel/runtime…), which puts it in a
 * small chunk of its own (left to Rollup, it would join whichever kit's chunk imports it).
 */
function manualChunks(id: string, { getModuleInfo }: Rollup.ManualChunkMeta): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (id.includes('maplibre-gl')) return 'maplibre';
  if (/node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  if (ANTD_MOBILE.test(id)) return 'antd-mobile';
  if (ANTD.test(id)) return 'antd';
  if (memo?.of !== getModuleInfo) memo = { of: getModuleInfo, users: new Map() };
  const users = usersOf(id, getModuleInfo, memo.users);
  const consoleSide = users.has('antd') || users.has('console-code');
  const mobileSide = users.has('antd-mobile') || users.has('mobile-code');
  if (users.has('antd')) return mobileSide ? 'ui-shared' : 'antd';
  if (users.has('antd-mobile')) return consoleSide ? 'ui-shared' : 'antd-mobile';
  return undefined; // our own code only: Rollup places it
}

export default defineConfig({
  plugins: [react()],
  // One React for all: since antd-mobile came in, npm hoists React 18 to the root node_modules (for
  // packages that declare react ≤ 18) and keeps 19 in apps/web/node_modules; without this, antd and
  // antd-mobile bundle React 18 and fail under React 19's renderer ("reading 'useContext'").
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // The staff console and the resident pages (/m, served mobile.html by the server).
      input: { main: 'index.html', mobile: 'mobile.html' },
      output: { manualChunks },
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
