// parceltrail's service worker: tracking pages from the network when there is one, else the
// last copy seen on this device, marked as such. Only /track pages (no order or account page)
// are kept, and only the page's own files.
"use strict";
var PAGES = "parceltrail-pages-v1";
var FILES = "parceltrail-files-v1";
var SHELL = ["/static/app.css", "/static/app.js", "/static/track.js", "/static/icon-192.png"];
// The page carries the notice in its own language, hidden; a copy shown offline reveals it.
var HIDDEN = '<p class="offline-notice" role="status" hidden>';
var NOTICE = '<p class="offline-notice" role="status">You are offline: this is the last status ' +
  "parceltrail showed on this device, not a new one.</p>";

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(FILES).then(function (cache) { return cache.addAll(SHELL); }));
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function trackingPage(request) {
  var url = new URL(request.url);
  return request.method === "GET" && request.mode === "navigate" &&
    url.origin === self.location.origin && url.pathname.indexOf("/track/") === 0;
}

function marked(response) {
  return response.text().then(function (html) {
    var body = html.indexOf(HIDDEN) >= 0
      ? html.replace(HIDDEN, '<p class="offline-notice" role="status">')
      : html.replace('<main id="main">', '<main id="main">' + NOTICE);  // a copy kept before
    return new Response(body, {headers: {"Content-Type": "text/html; charset=utf-8"}});
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (trackingPage(request)) {
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(PAGES).then(function (cache) { cache.put(request.url, copy); });
      }
      return response;
    }).catch(function () {
      return caches.open(PAGES).then(function (cache) { return cache.match(request.url); })
        .then(function (kept) { return kept ? marked(kept) : Response.error(); });
    }));
    return;
  }
  if (request.method === "GET" && SHELL.indexOf(new URL(request.url).pathname) >= 0) {
    event.respondWith(fetch(request).catch(function () { return caches.match(request); }));
  }
});

// Web Push: an alert (title, body: what the e-mail would say, then the page's link) shown as
// a notification; a click opens that page.
self.addEventListener("push", function (event) {
  var message = {title: "parceltrail", body: ""};
  try { message = event.data ? event.data.json() : message; } catch (ignored) { /* text */ }
  var link = (String(message.body).match(/https?:\/\/\S+$/) || ["/orders"])[0];
  event.waitUntil(self.registration.showNotification(message.title, {
    body: String(message.body).replace(link, "").trim(),
    icon: "/static/icon-192.png",
    data: {url: link}
  }));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  event.waitUntil(self.clients.openWindow(event.notification.data && event.notification.data.url
    || "/orders"));
});
