// Live check of the tracking number while the seller types; the form works without it.
(function () {
  "use strict";
  var input = document.getElementById("tracking_number");
  var out = document.getElementById("detected");
  var carrier = document.getElementById("carrier");
  if (!input || !out) { return; }
  var timer = null;
  var seq = 0;
  function show(body) {
    var text = body.message || "";
    if (body.suggestions && body.suggestions.length) {
      text += " Did you mean " + body.suggestions.map(function (s) { return s.number; }).join(", ") + "?";
    }
    out.textContent = text;  // textContent: never HTML
    out.className = "detected " + (body.valid ? "valid" : "invalid");
    out.setAttribute("data-carriers", (body.carriers || []).join(","));
    if (carrier && !carrier.value && body.carriers && body.carriers.length) {
      out.textContent += " Detected: " + body.carriers[0] + ".";
    }
  }
  function check() {
    var value = input.value.trim();
    if (!value) { out.textContent = ""; return; }
    var mine = ++seq;
    fetch("/api/v1/detect?number=" + encodeURIComponent(value), {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (body) { if (mine === seq) { show(body); } })
      .catch(function () { /* the server checks again on submit */ });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
})();
