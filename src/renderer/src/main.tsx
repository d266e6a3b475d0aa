import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { BridgeMissing } from './app/BridgeMissing';
import { findBridge } from './lib/bridge';
import { i18n } from './lib/i18n';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

document.documentElement.lang = i18n.language;
document.title = i18n.t('app.name');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>{findBridge() ? <App /> : <BridgeMissing />}</I18nextProvider>
  </StrictMode>,
);
