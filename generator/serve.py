"""Serve a built site on 127.0.0.1, compressed as production hosts serve it.

Used by the browser tests and the Lighthouse audit. Python's ``http.server`` sends files
uncompressed, which no real host does; measuring page weight and speed against it would
measure the test server, not the site.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
"""Debian's Chromium, the browser the tests, the audit and the screenshots use."""
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
)  # fmt: skip
"""Flags that let headless Chromium run here: no sandbox as root, no background traffic."""

_COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", "/")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not accepts or not path.is_file() or not self.path.split("?")[0].endswith(_COMPRESSIBLE):
            super().do_GET()
            return
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(body)


def serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    """Start serving ``folder`` in a background thread; return its base URL and the server."""
    handler = functools.partial(_Handler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/", server
