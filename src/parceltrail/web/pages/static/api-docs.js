// Starts the vendored Swagger UI on /openapi.json; no validator badge (it calls out to the web).
(function () {
  "use strict";
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: false,  // its links sit inside buttons (axe: nested-interactive)
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
})();
