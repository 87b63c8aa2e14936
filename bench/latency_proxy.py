"""A loopback TCP proxy that delays what the client sends by a fixed time: every round trip
to the server behind it takes that much longer, as across an office network.

    with LatencyProxy(("127.0.0.1", 5432), delay=0.020) as proxy:
        url = url.set(host="127.0.0.1", port=proxy.port)

Each direction of each connection keeps its order; only the client's bytes wait (a request
and its answer: one delay per round trip). Runs its own event loop on a daemon thread.
"""

from __future__ import annotations

import asyncio
import threading
import time
from types import TracebackType


class LatencyProxy:
    def __init__(self, target: tuple[str, int], delay: float) -> None:
        self.target, self.delay = target, delay
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="latency-proxy", daemon=True)
        self._server: asyncio.base_events.Server | None = None

    def __enter__(self) -> LatencyProxy:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _serve(
        self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter
    ) -> None:
        server_in, server_out = await asyncio.open_connection(*self.target)
        await asyncio.gather(
            self._pipe(client_in, server_out, self.delay),
            self._pipe(server_in, client_out, 0.0),
            return_exceptions=True,
        )

    @staticmethod
    async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter, delay: float) -> None:
        """Copy ``source`` to ``sink``, each chunk ``delay`` after it arrived, in order."""
        queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def deliver() -> None:
            while True:
                due, chunk = await queue.get()
                if not chunk:
                    break
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                sink.write(chunk)
                await sink.drain()
            sink.close()

        writer = asyncio.ensure_future(deliver())
        try:
            while chunk := await source.read(65536):
                await queue.put((time.monotonic() + delay, chunk))
        finally:
            await queue.put((0.0, b""))
            await writer
