// Browser notifications (Web Push): shown only where the browser can subscribe. The button
// asks for permission, subscribes with the deployment's VAPID public key, and sends the
// subscription with the form (a plain POST, like every other form here).
"use strict";
(function () {
  var section = document.getElementById("push");
  if (!section || !("serviceWorker" in navigator) || !("PushManager" in window)) { return; }
  var form = document.getElementById("push-form");
  var status = document.getElementById("push-status");
  section.hidden = false;

  function key(base64url) {
    var text = atob(base64url.replace(/-/g, "+").replace(/_/g, "/") +
                    "===".slice((base64url.length + 3) % 4));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    return bytes;
  }

  form.addEventListener("submit", function (event) {
    if (form.elements.subscription.value) { return; }
    event.preventDefault();
    navigator.serviceWorker.register("/sw.js").then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      return registration.pushManager.subscribe({
        userVisibleOnly: true, applicationServerKey: key(section.dataset.key)
      });
    }).then(function (subscription) {
      form.elements.subscription.value = JSON.stringify(subscription.toJSON());
      form.submit();
    }).catch(function (error) {
      status.textContent = String(error && error.message || error);
    });
  });
})();
