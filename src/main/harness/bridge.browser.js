// Lantern test harness: installs window.lantern in a plain browser, with the same API the
// Electron preload exposes (invoke + subscribe), carried over fetch and Server-Sent Events.
// Served only by the loopback harness; never part of the packaged app.
(function installHarnessBridge() {
  'use strict';
  var listeners = {};
  var source = null;

  function connectEvents() {
    if (source) return;
    source = new EventSource('/__harness/events');
    ['session:locked', 'session:changed', 'backup:progress'].forEach(function (name) {
      source.addEventListener(name, function (message) {
        var payload = JSON.parse(message.data);
        (listeners[name] || []).slice().forEach(function (listener) {
          listener(payload);
        });
      });
    });
  }

  var bridge = {
    invoke: function (channel, input) {
      return fetch('/__harness/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify({ channel: channel, input: input === undefined ? null : input }),
      })
        .then(function (response) {
          return response.json();
        })
        .catch(function () {
          return {
            ok: false,
            error: { code: 'internal', message: 'The Lantern test harness is not answering.' },
          };
        });
    },
    subscribe: function (event, listener) {
      connectEvents();
      (listeners[event] = listeners[event] || []).push(listener);
      return function unsubscribe() {
        listeners[event] = (listeners[event] || []).filter(function (l) {
          return l !== listener;
        });
      };
    },
  };
  Object.defineProperty(window, 'lantern', { value: Object.freeze(bridge), writable: false });
})();
