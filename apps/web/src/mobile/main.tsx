import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { registerAntdMobileRender } from './renderShim.ts';
import './styles.css';

registerAntdMobileRender();

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from mobile.html');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
