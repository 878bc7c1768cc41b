// Live check of the tracking number while the seller types; the form works without it.
(function () {
  "use strict";
  var input = document.getElementById("tracking_number");
  var out = document.getElementById("detected");
  var carrier = document.getElementById("carrier");
  var suggestions = document.getElementById("suggestions");
  if (!input || !out) { return; }
  var timer = null;
  var seq = 0;
  function carrierName(code) {
    var option = carrier && carrier.querySelector("option[value='" + code.replace(/[^a-z0-9_-]/gi, "") + "']");
    return option ? option.textContent : code;
  }
  function offer(found) {
    if (!suggestions) { return; }
    suggestions.textContent = "";  // textContent and elements only: never HTML
    suggestions.hidden = !found.length;
    if (!found.length) { return; }
    suggestions.appendChild(document.createTextNode(
      (suggestions.getAttribute("data-label") || "Did you mean") + " "));
    found.forEach(function (s, i) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = s.number;
      button.addEventListener("click", function () {
        input.value = s.number;
        input.removeAttribute("aria-invalid");
        input.focus();
        check();
      });
      if (i) { suggestions.appendChild(document.createTextNode(", ")); }
      suggestions.appendChild(button);
    });
    suggestions.appendChild(document.createTextNode("?"));
  }
  function show(body) {
    var text = body.message || "";
    out.textContent = text;
    out.className = "detected " + (body.valid ? "valid" : "invalid");
    out.setAttribute("data-carriers", (body.carriers || []).join(","));
    if (carrier && !carrier.value && body.carriers && body.carriers.length) {
      out.textContent += " " + (out.getAttribute("data-detected") || "Detected:") + " " +
        carrierName(body.carriers[0]) + ".";
    }
    input.setAttribute("aria-invalid", body.valid ? "false" : "true");
    offer(body.suggestions || []);
  }
  function check() {
    var value = input.value.trim();
    if (!value) { out.textContent = ""; offer([]); return; }
    var mine = ++seq;
    var lang = encodeURIComponent(document.documentElement.lang || "en");  // the page's words
    fetch("/api/v1/detect?number=" + encodeURIComponent(value) + "&lang=" + lang,
      {credentials: "same-origin"})
      .then(function (r) { return r.json(); })
      .then(function (body) { if (mine === seq) { show(body); } })
      .catch(function () { /* the server checks again on submit */ });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
})();
