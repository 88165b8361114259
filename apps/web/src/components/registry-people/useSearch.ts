import { useCallback, useEffect, useState } from 'react';
import { navigate } from '../../router/router.ts';

/**
 * The page's query string. The router only tracks the pathname, so the page re-reads the search
 * after its own navigations and on back/forward.
 */
export function useSearch(): [string, (path: string) => void] {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const sync = () => setSearch(window.location.search);
    window.addEventListener('popstate', sync);
    return () => window.removeEventListener('popstate', sync);
  }, []);
  const go = useCallback((path: string) => {
    navigate(path);
    setSearch(window.location.search);
  }, []);
  return [search, go];
}
