import { useCallback, useEffect, useState } from 'react';

/** The browser location as state: links and filters push a URL, Back and Forward restore it. */
export function useLocation(): [{ pathname: string; search: string }, (url: string) => void] {
  const read = () => ({ pathname: window.location.pathname, search: window.location.search });
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const restore = () => setLocation(read());
    window.addEventListener('popstate', restore);
    return () => window.removeEventListener('popstate', restore);
  }, []);
  const navigate = useCallback((url: string) => {
    window.history.pushState(null, '', url);
    setLocation(read());
    window.scrollTo(0, 0);
  }, []);
  return [location, navigate];
}

/** Same-origin links navigate in place; a modified click (new tab, download) is left to the browser. */
export function inPlace(navigate: (url: string) => void, url: string) {
  return (event: React.MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(url);
  };
}
