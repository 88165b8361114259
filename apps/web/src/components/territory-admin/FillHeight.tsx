import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * Takes the height left in a flex column and tells its child how much that is: antd tables scroll
 * inside a fixed body height, and the panels here change size with the window and the splitter.
 */
export function FillHeight({ children }: { children: (height: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.floor(entry.contentRect.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
      {height > 0 ? children(height) : null}
    </div>
  );
}

/** The body height of a small antd table (with its header row) that fits in `height`. */
export const tableBodyHeight = (height: number) => Math.max(80, height - 40);
