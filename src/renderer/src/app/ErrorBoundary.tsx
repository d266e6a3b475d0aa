import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { i18n } from '../lib/i18n';

/**
 * The last line of defence: a rendering bug shows a plain explanation and a way out instead of
 * a blank window. Nothing is sent anywhere (Lantern is offline); the console keeps the details.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('[lantern] a screen failed to render:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="centered-screen">
        <div className="card" role="alert">
          <h1>{i18n.t('crash.title')}</h1>
          <p>{i18n.t('crash.body')}</p>
          <Button className="button button-primary" onPress={() => window.location.reload()}>
            {i18n.t('crash.reload')}
          </Button>
        </div>
      </main>
    );
  }
}
