"""A git repository served over smart HTTP on loopback, for git-sourced deploys.

Dokploy clones with ``--depth 1``, which the dumb HTTP transport cannot serve, so this
runs ``git http-backend`` (git's own CGI program) behind the standard library's HTTP
server (``../shared/live-dokploy/README.md``, pitfall 17). Loopback only.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def make_repository(root: Path) -> Path:
    """A bare repository ``root/app.git`` with one commit holding a Dockerfile."""
    work, bare = root / "work", root / "app.git"
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }
    work.mkdir(parents=True)
    (work / "Dockerfile").write_text("FROM nginx:alpine\n")
    for args in (
        ["init", "-q", "-b", "main", str(work)],
        ["-C", str(work), "add", "Dockerfile"],
        ["-C", str(work), "commit", "-q", "-m", "contract: first commit"],
        ["clone", "-q", "--bare", str(work), str(bare)],
        ["-C", str(bare), "config", "http.receivepack", "false"],
    ):
        subprocess.run(["git", *args], check=True, env=env, capture_output=True)
    return bare


def _handler(project_root: Path) -> type[BaseHTTPRequestHandler]:
    class GitHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self._cgi(b"")

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            self._cgi(self.rfile.read(length))

        def _cgi(self, body: bytes) -> None:
            path, _, query = self.path.partition("?")
            env = {
                "GIT_PROJECT_ROOT": str(project_root),
                "GIT_HTTP_EXPORT_ALL": "1",
                "REQUEST_METHOD": self.command,
                "PATH_INFO": path,
                "QUERY_STRING": query,
                "CONTENT_TYPE": self.headers.get("content-type") or "",
                "CONTENT_LENGTH": str(len(body)),
                "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            }
            if self.headers.get("git-protocol"):
                env["GIT_PROTOCOL"] = self.headers["git-protocol"]
            out = subprocess.run(
                ["git", "http-backend"], input=body, env=env, capture_output=True, check=False
            ).stdout
            head, _, payload = out.partition(b"\r\n\r\n")
            status = 200
            headers: list[tuple[str, str]] = []
            for line in head.decode("latin-1").splitlines():
                name, _, value = line.partition(":")
                if name.lower() == "status":
                    status = int(value.split()[0])
                else:
                    headers.append((name, value.strip()))
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            return None

    return GitHandler


@contextmanager
def serve_repository(root: Path) -> Iterator[str]:
    """Serve a fresh repository; yields its clone URL ``http://127.0.0.1:PORT/app.git``."""
    make_repository(root)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(root))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/app.git"
    finally:
        server.shutdown()
        server.server_close()
