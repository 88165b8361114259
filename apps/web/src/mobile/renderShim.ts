import { unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

type Container = (Element | DocumentFragment) & { _reactRoot?: Root };

/**
 * antd-mobile 5 renders its imperative pieces (Toast, Dialog, ImageViewer.show) with
 * ReactDOM.render, which React 19 removed: give it createRoot instead (STACK-NOTES §5). Once, at start.
 */
export function registerAntdMobileRender(): void {
  unstableSetRender((node, target) => {
    const container = target as Container;
    container._reactRoot ??= createRoot(container);
    const root = container._reactRoot;
    root.render(node);
    return async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      root.unmount();
      delete container._reactRoot;
    };
  });
}
