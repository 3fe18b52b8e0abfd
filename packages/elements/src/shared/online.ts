import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks `navigator.onLine` and re-renders its host when it changes. */
export class OnlineController implements ReactiveController {
  online = typeof navigator === 'undefined' ? true : navigator.onLine !== false;
  private readonly update = () => {
    this.online = navigator.onLine !== false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.update);
    window.addEventListener('offline', this.update);
    this.update();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.update);
    window.removeEventListener('offline', this.update);
  }
}
