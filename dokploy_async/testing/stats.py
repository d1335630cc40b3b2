"""Counters a test reads to check what really happened on the server side."""

from __future__ import annotations

from collections import Counter

import attrs

from .faults import FaultEvent


@attrs.frozen
class Upload:
    """A file part the simulator received (``application.dropDeployment``,
    ``docker.uploadFileToContainer``): the route, the form field and the bytes."""

    route: str
    field: str
    content: bytes = attrs.field(repr=lambda b: f"<{len(b)} bytes>")


@attrs.define
class SimStats:
    """What the simulator saw and did; safe to read from the test's thread.

    Attributes:
        requests: every request that reached the simulator, by route name
            (``router.procedure``; unknown paths are counted under their path).
        processed: requests the app really handled, by route — a request dropped by
            a ``before`` fault counts in ``requests`` but not here.
        faults: injected faults by kind (``503``, ``reset``, ``latency``...).
        fault_log: every injected fault in order.
        deploys_enqueued: queued deploy jobs by service id (application / compose).
        deploys_started: deploy runs a worker (or a database ``*.deploy``) started,
            by service id.
        deploys_finished: deploy runs that ended (done, error or cancelled).
        uploads: every file received by an upload route, in order.
        restarts: how many times :meth:`Simulator.restart` acted out a server restart.
    """

    requests: Counter[str] = attrs.field(factory=Counter)
    processed: Counter[str] = attrs.field(factory=Counter)
    faults: Counter[str] = attrs.field(factory=Counter)
    fault_log: list[FaultEvent] = attrs.field(factory=list)
    deploys_enqueued: Counter[str] = attrs.field(factory=Counter)
    deploys_started: Counter[str] = attrs.field(factory=Counter)
    deploys_finished: Counter[str] = attrs.field(factory=Counter)
    uploads: list[Upload] = attrs.field(factory=list)
    restarts: int = 0

    def deploys(self, service_id: str) -> int:
        """How many deploy runs of ``service_id`` really started on the server."""
        return self.deploys_started[service_id]

    def reset(self) -> None:
        """Zero every counter (e.g. after seeding data over HTTP)."""
        for counter in (
            self.requests,
            self.processed,
            self.faults,
            self.deploys_enqueued,
            self.deploys_started,
            self.deploys_finished,
        ):
            counter.clear()
        self.fault_log.clear()
        self.uploads.clear()
        self.restarts = 0
