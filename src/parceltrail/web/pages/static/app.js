// Every page: remember the browser's time zone (the server writes times in it) and make the
// copy buttons work. Pages work without it: times are then in UTC, and there is no copy button.
(function () {
  "use strict";
  if ("serviceWorker" in navigator) {  // the app: installable, last status shown offline
    navigator.serviceWorker.register("/sw.js").catch(function () { /* pages work without */ });
  }
  var zone = "";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) { zone = ""; }
  var shown = document.documentElement.getAttribute("data-zone");
  if (/^[A-Za-z0-9_+\/-]{1,64}$/.test(zone) && zone !== shown) {  // IANA names need no quoting
    document.cookie = "tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax";
    // Once, and only for a page that can be fetched again without resending a form.
    if (document.documentElement.getAttribute("data-method") === "GET" && !sessionStorage.getItem("tz-reloaded")) {
      sessionStorage.setItem("tz-reloaded", "1");
      location.reload();
      return;
    }
  }
  function copy(button, text) {
    var done = function () {
      var before = button.textContent;
      button.textContent = "Copied";
      setTimeout(function () { button.textContent = before; }, 1500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () { button.textContent = "Copy failed"; });
    }
  }
  document.querySelectorAll("button[data-copy], button[data-copy-link]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function (event) {
      event.preventDefault();
      var link = button.getAttribute("data-copy-link");
      copy(button, link ? new URL(link, location.href).href : button.getAttribute("data-copy"));
    });
  });
})();
