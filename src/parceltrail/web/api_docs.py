"""The API's interactive documentation, /docs: Swagger UI served by parceltrail itself.

FastAPI's own /docs loads Swagger UI from a CDN (blank without internet) and starts it with an
inline script; this page takes the files vendored under /static/vendor/swagger-ui/
(`make vendor`, docs/web.md) and a script of its own, so it works offline and under a CSP
without 'unsafe-inline' scripts.
"""

from __future__ import annotations

from fastapi import APIRouter
from starlette.responses import HTMLResponse, Response

router = APIRouter(include_in_schema=False)
VENDOR = "/static/vendor/swagger-ui"
# Swagger UI sets inline styles and shows the schema's examples as data: images.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'"
)
PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>parceltrail API</title>
<link rel="stylesheet" href="{VENDOR}/swagger-ui.css">
<link rel="stylesheet" href="/static/api-docs.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{VENDOR}/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script>
</body>
</html>
"""


@router.get("/docs")
def api_docs() -> Response:
    return HTMLResponse(PAGE, headers={"Content-Security-Policy": CSP})
