"""Run the app with uvicorn on a free loopback port in a background thread, for tests,
benchmarks and notebooks:

    >>> with serve_in_thread(create_app(url, token="t")) as base_url:
    ...     httpx.get(base_url + "/healthz")
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

# How long to wait for the server to start or stop before giving up.
START_TIMEOUT_S = 15.0


@contextmanager
def serve_in_thread(app: FastAPI, *, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve ``app`` until the block ends. RETURNS (Iterator[str]): the base URL,
    ``http://127.0.0.1:<port>``. Raises RuntimeError when the server does not start."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name=f"uvicorn:{port}")
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_S
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            raise RuntimeError(f"uvicorn did not start on {host}:{port}")
        time.sleep(0.01)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(START_TIMEOUT_S)
        sock.close()
