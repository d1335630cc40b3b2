"""One poller per client, shared by every deployment being waited on.

Dokploy gives no deployment id back from ``deploy``: a job is found by the unique tag its
call carried, first in ``deployment.queueList`` (while it waits or runs) and then in the
service's deployment listing (``deployment.all`` / ``allByCompose``), which holds the final
status. Polling that per job would cost one queueList and one listing per job per tick, so
the poller works in *rounds*: one queueList per round serves every waiter, and a listing is
fetched once per service, only for services whose jobs have left the queue.

There is no background task. Whichever waiter finds a round due runs it in its own task
and the others wait for it to end; if that waiter is cancelled the round is abandoned and
another waiter runs the next one. When no waiter is left nothing runs at all, so nothing
can be left behind.

Rounds adapt: a job at queue position ``p`` asks for a round only after about ``p`` run
times, a running job near its expected end (learnt from finished records), and a job that
has left the queue at once; intervals stay within ``[min_interval, max_interval]``.

Matching a job to its record (``../shared/dokploy/README.md``, deployment flow 3, 7, 8):

1. The record is created, with our title and description, when a worker starts the job.
   A record carrying our tag is ours: it is *pinned* by ``deploymentId`` and followed by
   id from then on.
2. For every source but ``docker`` (applications) or ``raw`` (compose), the server
   rewrites the record's title and description to the commit's when the deploy ends,
   before the job leaves the queue (packages/server/src/services/application.ts
   ``deployApplication``, compose.ts ``deployCompose``, their ``finally`` blocks). A job
   that ran between two rounds is then matched by *inference*: the records of that
   service created since our job can have arrived (a bound in the server's own clock),
   that carry no tag and belong to no other watch, taken in queue order against our own
   unmatched jobs of that service (jobs of one service run one at a time, in order:
   apps/dokploy/server/queues/in-memory-queue.ts; this client sends its deploys of one
   service one after the other, so it knows that order). It is used only when it proves
   the match: as many such records as jobs, none older than its job, and no other
   deployer's job of that service seen in the queue since. Otherwise the job ends
   ``lost`` (status ``unknown``) with the reason, never with another deployer's id.
3. A job that left the queue without any record (a server restart, ``cleanQueues``)
   ends ``lost`` after :data:`LOST_ROUNDS` listings: the server finishes the record
   before the job leaves the queue, so nothing more will come.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import anyio
import attrs

from ._errors import APIConnectionError, APIStatusError, NotFoundError
from ._operations import operation
from ._refs import FINAL_STATUSES, ServiceRef, as_dict

if TYPE_CHECKING:
    from .generated.resources import Resources

__all__ = ["PollerStats", "SharedPoller", "Watch", "parse_time"]

logger = logging.getLogger("dokploy_async")

#: Rounds a job may go unseen (in neither the queue nor its listing) before we give up on it,
#: when the server has no queue listing to tell us it left.
MISSING_ROUNDS_LIMIT = 10
#: Listings, once a job is out of the queue, that may show no record for it before it is
#: declared lost. The server writes the final record before the job leaves the queue, so
#: one would do; the second absorbs a listing that raced the job's last moments.
LOST_ROUNDS = 2
#: Listings fetched at once in one round.
LISTING_CONCURRENCY = 8

WatchState = Literal["pending", "waiting", "running", "left-queue", "final", "lost"]


def parse_time(value: Any) -> datetime | None:
    """An ISO-8601 string (``...Z``) or epoch milliseconds as an aware datetime."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000.0, tz=UTC)
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


def is_transient(exc: BaseException) -> bool:
    """Failures worth another poll round: no answer, or a 5xx/408/429 answer."""
    if isinstance(exc, APIConnectionError):
        return True
    return isinstance(exc, APIStatusError) and (
        exc.status_code >= 500 or exc.status_code in (408, 429)
    )


def _tagged(token: str, *texts: Any) -> bool:
    return any(isinstance(t, str) and token in t for t in texts)


# Queue states that do not hold a place in the line (finished jobs a server may still list).
_NOT_QUEUED = frozenset({"active", "completed", "failed"})
TAG_PREFIX = "dokploy-async:"
_TAG_RE = re.compile(re.escape(TAG_PREFIX) + r"([0-9a-f]{32})")


_DROPPED = (
    "the job left the queue without a deployment record: the server dropped it (a restart, "
    "or cleanQueues) before a worker started it"
)


def tagged_record(token: str, records: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The record whose title or description still carries ``token``, if any."""
    return next((r for r in records if _tagged(token, r.get("description"), r.get("title"))), None)


def _carries_a_tag(record: dict[str, Any]) -> bool:
    return any(
        isinstance(t, str) and TAG_PREFIX in t
        for t in (record.get("title"), record.get("description"))
    )


def _is_rewritten(record: dict[str, Any]) -> bool:
    """Whether the server replaced the record's title and description with its commit's."""
    description = record.get("description")
    return isinstance(description, str) and description.startswith("Commit: ")


def _ms(value: datetime | None) -> float | None:
    return None if value is None else value.timestamp() * 1000.0


def _service_of(job: dict[str, Any]) -> str | None:
    data = job.get("data") or {}
    if not isinstance(data, dict):
        return None
    for key in ("applicationId", "composeId"):
        if isinstance(data.get(key), str):
            return str(data[key])
    return None


def _tokens_of(job: dict[str, Any]) -> list[str]:
    """The dokploy-async tokens a queue job carries in its title or description."""
    data = job.get("data") or {}
    if not isinstance(data, dict):
        return []
    text = f"{data.get('descriptionLog') or ''} {data.get('titleLog') or ''}"
    return _TAG_RE.findall(text)


@attrs.define(eq=False)
class Watch:
    """What is known about one triggered job; updated by the poller's rounds."""

    ref: ServiceRef
    token: str
    min_interval: float
    state: WatchState = "pending"
    position: int | None = None
    queued_at: datetime | None = None
    record: dict[str, Any] | None = None
    error: BaseException | None = None
    missing_rounds: int = 0
    seen: bool = False
    state_since: float = 0.0
    rounds_in_state: int = 0
    #: The record, once proven ours; followed by this id from then on.
    deployment_id: str | None = None
    #: The event-loop times at which its trigger was first sent and last answered.
    sent_at: float | None = None
    answered_at: float | None = None
    #: When the job reached the server's queue (server clock, epoch ms), once seen there.
    arrived_ms: float | None = None
    #: Why the job ended ``lost``.
    reason: str | None = None
    #: Order in which this client sent its deploys of a service (see ``triggering``).
    sequence: int = 0

    @property
    def done(self) -> bool:
        """True once nothing more will be learnt (final record, lost job or fatal error)."""
        return self.state in ("final", "lost") or self.error is not None

    @property
    def status(self) -> str:
        """The public status so far: queued, running or the record's final status."""
        if self.state == "final" and self.record is not None:
            return str(self.record.get("status"))
        if self.state == "running":
            return "running"
        if self.state == "left-queue" and self.record is not None:
            return str(self.record.get("status") or "running")
        return "queued"

    def _lose(self, reason: str, now: float) -> None:
        self.reason = reason
        self._move("lost", now)

    def _move(self, state: WatchState, now: float) -> None:
        if state != self.state:
            self.state = state
            self.state_since = now
            self.rounds_in_state = 0


@attrs.define
class PollerStats:
    """Counters of the requests the poller made (for tests and the benchmark)."""

    rounds: int = 0
    queue_requests: int = 0
    listing_requests: int = 0
    failed_requests: int = 0


class SharedPoller:
    """Follows triggered jobs for one client with as few requests as it can.

    Args:
        client: the client (anything with the generated routers).
        min_interval: the shortest time between rounds, in seconds.
        max_interval: the longest time a waiter goes without a round.
    """

    def __init__(
        self, client: Resources, *, min_interval: float = 0.5, max_interval: float = 5.0
    ) -> None:
        self._client = client
        self.min_interval = min_interval
        self.max_interval = max_interval
        self.stats = PollerStats()
        self._watches: set[Watch] = set()
        self._round_done: anyio.Event | None = None  # set when the in-flight round ends
        self._tick: anyio.Event | None = None  # set at the end of every round
        self._last_round_end = -math.inf
        self._queue_supported = True
        self._run_estimate: float | None = None  # moving average of server run seconds
        self._workers_seen = 1  # most jobs seen active at once: the server's parallelism
        # Records proven to be of one of our jobs: never a candidate for another.
        self._claimed: set[str] = set()
        # Other deployers' jobs seen in the queue, per service: job id -> processedOn (ms),
        # None while waiting. Their records may be indistinguishable from ours.
        self._foreign: dict[str, dict[str, float | None]] = {}
        # Every tag this client sent, from before its trigger: a job of ours whose trigger
        # is still in flight must not pass for another deployer's.
        self._sent_tokens: set[str] = set()
        self._trigger_locks: dict[ServiceRef, anyio.Lock] = {}
        self._sequence = 0
        self._image_guards: dict[ServiceRef, anyio.Semaphore] = {}
        self._offset_low: float | None = None

    @property
    def active(self) -> int:
        """How many jobs are being followed right now."""
        return len(self._watches)

    def image_guard(self, ref: ServiceRef) -> anyio.Semaphore:
        """One ``image=`` deploy of ``ref`` at a time, from setting the image until its job
        has started (a semaphore: the task that started the job may not be the one that
        sees it start)."""
        return self._image_guards.setdefault(ref, anyio.Semaphore(1))

    def expect(self, token: str) -> None:
        """Note a tag about to be sent, so its job is never taken for another deployer's."""
        self._sent_tokens.add(token)

    @asynccontextmanager
    async def triggering(self, ref: ServiceRef) -> AsyncIterator[int]:
        """Hold while sending a deploy of ``ref``; yields its place in this client's order.

        Deploys of one service are sent one after the other (the next starts only once
        the previous one's answer is in), so the server queues them in this order: the
        order inference needs when their records lose their tags.
        """
        lock = self._trigger_locks.setdefault(ref, anyio.Lock())
        try:
            async with lock:
                self._sequence += 1
                yield self._sequence
        finally:
            if not lock.locked() and lock.statistics().tasks_waiting == 0:
                self._trigger_locks.pop(ref, None)

    def watch(
        self,
        ref: ServiceRef,
        token: str,
        *,
        min_interval: float | None = None,
        sent_at: float | None = None,
        answered_at: float | None = None,
        sequence: int = 0,
    ) -> Watch:
        """A new :class:`Watch` for the job tagged ``token`` (not followed until :meth:`follow`).

        ``sent_at`` and ``answered_at`` (``anyio.current_time()`` values) frame its trigger;
        with the server's clock they bound when the job reached the queue.
        """
        watch = Watch(ref, token, self.min_interval if min_interval is None else min_interval)
        watch.sent_at, watch.answered_at, watch.sequence = sent_at, answered_at, sequence
        return watch

    def note_server_clock(self, server_date: datetime, received_at: float) -> None:
        """Learn from an answer's ``Date`` header (whole seconds) received at ``received_at``:
        the server's clock was at least that when the answer arrived."""
        self._raise_offset(server_date.timestamp() * 1000.0 - received_at * 1000.0)

    def may_be_ours(self, records: list[dict[str, Any]], sent_at: float) -> bool:
        """Whether an untagged, rewritten, unclaimed record may be the job sent at ``sent_at``
        (event-loop time): one created since then, or any when the server's clock is unknown."""
        since = None if self._offset_low is None else sent_at * 1000.0 + self._offset_low
        return any(
            _is_rewritten(r)
            and not _carries_a_tag(r)
            and r.get("deploymentId") not in self._claimed
            and (since is None or (_ms(parse_time(r.get("createdAt"))) or -math.inf) >= since)
            for r in records
        )

    def _raise_offset(self, candidate: float) -> None:
        # The server's epoch-ms clock minus our event loop's, as a lower bound: every
        # observation can only raise it. A queue sighting bounds it to a round trip.
        if self._offset_low is None or candidate > self._offset_low:
            self._offset_low = candidate

    def _arrived_after(self, w: Watch) -> float | None:
        """The earliest server time (epoch ms) at which ``w``'s job can have arrived."""
        if w.arrived_ms is not None:
            return w.arrived_ms
        if w.sent_at is None or self._offset_low is None:
            return None
        return w.sent_at * 1000.0 + self._offset_low

    async def follow(self, watch: Watch, on_change: Callable[[Watch], None] | None = None) -> None:
        """Take part in rounds until ``watch`` is done; ``on_change`` sees each new status.

        Cancelling this only stops following: the server's job goes on.
        """
        watch.state_since = anyio.current_time()
        self._watches.add(watch)
        last: str | None = None
        try:
            while True:
                if watch.error is not None:
                    raise watch.error
                if on_change is not None and watch.status != last:
                    last = watch.status
                    # Called in the waiter's own task, so a failing callback hurts no one else.
                    on_change(watch)
                if watch.done:
                    return
                await self._step()
        finally:
            self._watches.discard(watch)
            if not self._watches and self._round_done is None:
                # Drop the events so the next use (maybe under another event loop) starts fresh.
                self._tick = None
                self._foreign.clear()

    async def pin_running(self, watch: Watch) -> None:
        """One listing to pin ``watch``'s record while it still carries the tag.

        For a result that must be given now (a timeout, a cancellation): a job stuck in
        ``running`` still gets its deployment id. Best effort: failures are ignored.
        """
        if watch.deployment_id is not None or watch.done:
            return
        try:
            raw = await fetch_listing(self._client, watch.ref)
        except (APIStatusError, APIConnectionError):
            return
        self.stats.listing_requests += 1
        record = tagged_record(watch.token, [as_dict(r) for r in raw or []])
        if record is not None:
            self._pin(watch, record)

    async def _step(self) -> None:
        """Wait for the round in flight, sleep until the next one is due, or run it."""
        if self._round_done is not None:
            await self._round_done.wait()
            return
        delay = self._last_round_end + self._next_delay() - anyio.current_time()
        if delay > 0:
            if self._tick is None:
                self._tick = anyio.Event()
            with anyio.move_on_after(delay):
                await self._tick.wait()
            return
        done = self._round_done = anyio.Event()
        try:
            await self._round()
        finally:
            # Also on cancellation: the others must not wait for an abandoned round.
            self._round_done = None
            self._last_round_end = anyio.current_time()
            tick, self._tick = self._tick, None
            done.set()
            if tick is not None:
                tick.set()

    def _next_delay(self) -> float:
        if not self._watches:
            return 0.0
        now = anyio.current_time()
        return min(self._desired_delay(w, now) for w in self._watches)

    def _desired_delay(self, w: Watch, now: float) -> float:
        low, high = w.min_interval, max(w.min_interval, self.max_interval)
        est = self._run_estimate
        if w.state == "waiting" and w.position is not None:
            # Behind p others on W workers the job starts in about p/W run times.
            if est is not None:
                delay = est * (w.position / self._workers_seen)
            else:
                delay = low * (1 + w.position)
        elif w.state == "running":
            remaining = None if est is None else est - (now - w.state_since)
            if remaining is not None and remaining > low:
                delay = remaining
            else:
                # Overdue or no estimate yet: back off gently from the shortest interval.
                delay = low * 1.5 ** min(w.rounds_in_state, 20)
        else:
            delay = low
        return min(max(delay, low), high)

    # One round -------------------------------------------------------------------------

    async def _round(self) -> None:
        watches = [w for w in self._watches if not w.done]
        if not watches:
            return
        self.stats.rounds += 1
        now = anyio.current_time()
        for w in watches:
            w.rounds_in_state += 1
        need_listing: list[Watch] = watches
        if self._queue_supported:
            jobs = await self._fetch_queue(watches)
            if jobs is None:
                return
            if self._queue_supported:
                need_listing = self._apply_queue(jobs, watches, now)
        refs: dict[ServiceRef, list[Watch]] = {}
        for w in need_listing:
            refs.setdefault(w.ref, []).append(w)
        if not refs:
            return
        limiter = anyio.CapacityLimiter(LISTING_CONCURRENCY)
        async with anyio.create_task_group() as tg:
            for ref, group in refs.items():
                tg.start_soon(self._update_from_listing, ref, group, limiter)

    async def _fetch_queue(self, watches: list[Watch]) -> list[dict[str, Any]] | None:
        try:
            raw = await operation(self._client, "deployment.queueList")()
        except NotFoundError:
            # Older servers have no queueList: follow listings only.
            logger.debug("deployment.queueList is not offered; polling deployment listings")
            self._queue_supported = False
            return []
        except Exception as exc:
            self.stats.queue_requests += 1
            self._fail(exc, watches)
            return None
        self.stats.queue_requests += 1
        jobs: list[dict[str, Any]] = []
        for item in raw or []:
            try:
                jobs.append(as_dict(item))
            except TypeError:
                continue
        return jobs

    def _fail(self, exc: Exception, watches: list[Watch]) -> None:
        self.stats.failed_requests += 1
        if is_transient(exc):
            logger.debug("poll request failed (%s); trying again next round", type(exc).__name__)
            return
        for w in watches:
            w.error = exc

    def _apply_queue(
        self, jobs: list[dict[str, Any]], watches: list[Watch], now: float
    ) -> list[Watch]:
        """Update watches from the queue; return those whose job is not in it."""
        active = [j for j in jobs if j.get("state") == "active"]
        waiting = sorted(
            (j for j in jobs if j.get("state") not in _NOT_QUEUED),
            key=lambda j: j.get("timestamp") or 0,
        )
        self._workers_seen = max(self._workers_seen, len(active))
        self._note_foreign(jobs)
        by_token: dict[str, tuple[dict[str, Any], int | None]] = {}
        for pos, job in enumerate(waiting):
            for token in _tokens_of(job):
                by_token[token] = (job, pos)
        for job in active:
            for token in _tokens_of(job):
                by_token[token] = (job, None)
        left: list[Watch] = []
        in_queue = {w for w in self._watches if w.token in by_token}
        for w in watches:
            found = by_token.get(w.token)
            if found is None:
                if (
                    w.seen
                    and w.state in ("waiting", "running")
                    and self._earlier_in_queue(w, in_queue)
                ):
                    # Jobs of one service run in order, so this one cannot have run while
                    # an earlier one still waits or runs: it was dropped.
                    w._lose(_DROPPED, now)
                    continue
                left.append(w)
                continue
            job, position = found
            w.seen = True
            w.missing_rounds = 0
            if w.queued_at is None:
                w.queued_at = parse_time(job.get("timestamp"))
                if w.queued_at is not None:
                    # The queue's own timestamp: exactly when the job arrived, and so
                    # (it arrived before its trigger was answered) a sharp clock reading.
                    w.arrived_ms = w.queued_at.timestamp() * 1000.0
                    if w.answered_at is not None:
                        self._raise_offset(w.arrived_ms - w.answered_at * 1000.0)
            if position is None:
                w._move("running", now)
                w.position = None
            else:
                w._move("waiting", now)
                w.position = position
        return left

    @staticmethod
    def _earlier_in_queue(w: Watch, in_queue: set[Watch]) -> bool:
        return any(o.ref == w.ref and o.sequence < w.sequence for o in in_queue)

    def _note_foreign(self, jobs: list[dict[str, Any]]) -> None:
        ours = self._sent_tokens
        for job in jobs:
            service_id = _service_of(job)
            if service_id is None or ours.intersection(_tokens_of(job)):
                continue
            started = job.get("processedOn") if job.get("state") == "active" else None
            processed = float(started) if isinstance(started, int | float) else None
            self._foreign.setdefault(service_id, {})[str(job.get("id"))] = processed

    def _foreign_overlaps(self, service_id: str, since_ms: float) -> bool:
        """Whether another deployer's job of this service may have made a record since then."""
        return any(
            processed is None or processed >= since_ms
            for processed in self._foreign.get(service_id, {}).values()
        )

    def _pin(self, w: Watch, record: dict[str, Any]) -> None:
        deployment_id = record.get("deploymentId")
        if isinstance(deployment_id, str):
            w.deployment_id = deployment_id
            self._claimed.add(deployment_id)
        w.record = record

    def _apply_record(self, w: Watch, record: dict[str, Any], now: float) -> None:
        w.seen = True
        w.missing_rounds = 0
        w.record = record
        if record.get("status") in FINAL_STATUSES:
            w._move("final", now)
            self._learn(record)
        elif self._queue_supported:
            # Out of the queue but not final yet: look again next round.
            w._move("left-queue", now)
        else:
            w._move("running", now)

    async def _update_from_listing(
        self, ref: ServiceRef, group: list[Watch], limiter: anyio.CapacityLimiter
    ) -> None:
        async with limiter:
            try:
                raw = await fetch_listing(self._client, ref)
            except Exception as exc:
                self._fail(exc, group)
                return
            finally:
                self.stats.listing_requests += 1
        now = anyio.current_time()
        records = [as_dict(r) for r in raw or []]
        by_id = {r.get("deploymentId"): r for r in records}
        unmatched: list[Watch] = []
        for w in group:
            if w.deployment_id is None:
                tagged = tagged_record(w.token, records)
                if tagged is not None:
                    self._pin(w, tagged)
            if w.deployment_id is None:
                unmatched.append(w)
                continue
            record = by_id.get(w.deployment_id)
            if record is None:
                w._lose(
                    f"its deployment record {w.deployment_id} was deleted before it ended "
                    "(the server keeps only the latest records of a service)",
                    now,
                )
                continue
            self._apply_record(w, record, now)
        if unmatched:
            self._infer(ref, unmatched, records, now)

    def _infer(
        self, ref: ServiceRef, unmatched: list[Watch], records: list[dict[str, Any]], now: float
    ) -> None:
        """Match jobs out of the queue whose record no longer carries their tag (see above)."""
        if any(
            w.ref == ref and w.state == "running" and w.deployment_id is None
            for w in self._watches.difference(unmatched)
        ):
            # One of our jobs of this service is running: its record may be among the new
            # ones, so counting them now could give it to another job. Wait for it.
            return
        for w in unmatched:
            w.missing_rounds += 1
            if w.seen and w.state in ("waiting", "running", "pending"):
                w._move("left-queue", now)
        bounds = [self._arrived_after(w) for w in unmatched]
        if any(b is None for b in bounds):
            self._give_up(
                unmatched,
                "its record lost the tag and the server's clock could not be read to match it",
                now,
            )
            return
        since = min(b for b in bounds if b is not None)
        candidates = sorted(
            (
                r
                for r in records
                if r.get("deploymentId") not in self._claimed
                and not _carries_a_tag(r)
                # A record neither tagged nor rewritten was never one of ours.
                and _is_rewritten(r)
                and (_ms(parse_time(r.get("createdAt"))) or -math.inf) >= since
            ),
            key=lambda r: _ms(parse_time(r.get("createdAt"))) or 0.0,
        )
        if self._foreign_overlaps(ref.id, since):
            self._give_up(
                unmatched,
                "another deployment of this service (the dashboard, a webhook or another "
                "client) ran at the same time and the records no longer carry the tag, so "
                "which one is this deploy's cannot be proven",
                now,
                wait=False,
            )
            return
        ordered = sorted(unmatched, key=lambda w: w.sequence)
        if len(candidates) == len(ordered) and all(
            (_ms(parse_time(r.get("createdAt"))) or 0.0) >= (self._arrived_after(w) or 0.0)
            for w, r in zip(ordered, candidates, strict=True)
        ):
            for w, record in zip(ordered, candidates, strict=True):
                self._pin(w, record)
                self._apply_record(w, record, now)
            return
        if len(candidates) > len(ordered):
            reason = (
                f"{len(candidates)} new records of this service no longer carry a tag for "
                f"{len(ordered)} job(s) of this client, so which one is this deploy's cannot be "
                "proven (another deployer may have deployed it)"
            )
        elif candidates:
            reason = "its record cannot be told apart from another job's of this client"
        else:
            reason = _DROPPED
        self._give_up(unmatched, reason, now)

    def _give_up(self, watches: list[Watch], reason: str, now: float, *, wait: bool = True) -> None:
        for w in watches:
            limit = LOST_ROUNDS if self._queue_supported else MISSING_ROUNDS_LIMIT
            if not wait or w.missing_rounds >= limit:
                w._lose(reason, now)

    def _learn(self, record: dict[str, Any]) -> None:
        started, finished = (
            parse_time(record.get("startedAt")),
            parse_time(record.get("finishedAt")),
        )
        if started is None or finished is None:
            return
        seconds = max(0.0, (finished - started).total_seconds())
        est = self._run_estimate
        self._run_estimate = seconds if est is None else 0.7 * est + 0.3 * seconds


async def fetch_listing(client: Resources, ref: ServiceRef) -> Any:
    """The service's deployment records, newest first."""
    if ref.kind == "application":
        return await operation(client, "deployment.all")(application_id=ref.id)
    if ref.kind == "compose":
        return await operation(client, "deployment.allByCompose")(compose_id=ref.id)
    return await operation(client, "deployment.allByType")(id=ref.id, type=ref.kind)
