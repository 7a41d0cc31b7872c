"""Training pace: a run control that spaces mini-batches to a chosen rate, and a sliding-window rate meter.

The pace is how many mini-batch iterations per second a run may make, so a
learner can watch the cost curve and the decision boundary change. It only
delays the loop at its checkpoint before each mini-batch, so a paced run
computes exactly the numbers of an unpaced one. Only ``threading`` and
``time`` are used: the worker thread calls :meth:`PacedRunControl.checkpoint`,
and the GUI thread changes the pace, pauses or stops.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from typing import Callable

from workbench.engine.control import RunControl

#: The pace value that means "no delay": the loop runs as fast as the machine allows.
AS_FAST_AS_POSSIBLE = 0
#: The paces the window offers, in iterations per second, fastest first.
PACE_CHOICES = (AS_FAST_AS_POSSIBLE, 1000, 300, 100, 30, 10)
#: The pace of a new installation: about 1,500 iterations of the default moons run then take 5 s.
DEFAULT_PACE = 300
#: How far behind its schedule a paced loop may fall and still catch up, in seconds.
#: Further behind, the schedule restarts.
MAX_CATCH_UP_SECONDS = 0.25


def check_pace(iterations_per_second: float) -> float:
    """Return ``iterations_per_second`` as a float, or raise ValueError unless it is finite and ≥ 0 (0: no delay)."""
    value = float(iterations_per_second)
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"invalid pace {iterations_per_second!r} iterations/s: use 0 for no delay "
                         f"or a positive rate, e.g. {DEFAULT_PACE}")
    return value


class PacedRunControl(RunControl):
    """A :class:`RunControl` whose checkpoint also waits until the next iteration is due at the current pace.

    Iteration k+1 is due 1 / pace seconds after iteration k was due (not
    after it started), so short delays are made up and the rate is right on
    average. Such delays are common: a woken thread may wait several
    milliseconds for the GIL while the GUI thread paints. When the loop
    falls more than ``MAX_CATCH_UP_SECONDS`` behind (after a pause, or when
    the machine cannot keep the pace), the schedule restarts from now
    instead of letting a long burst of iterations catch up.

    The wait is a condition wait with a timeout, woken by
    :meth:`request_stop`, :meth:`pause` and :meth:`set_pace`. So a stop or a
    pause acts at once even at 10 iterations/s, and a new pace applies to the
    iteration being waited for.
    """

    def __init__(self, iterations_per_second: float = AS_FAST_AS_POSSIBLE,
                 clock: Callable[[], float] = time.perf_counter) -> None:
        super().__init__()
        self._clock = clock
        self._pace_condition = threading.Condition()
        self._iterations_per_second = check_pace(iterations_per_second)
        # The clock time at which the previous iteration was due, or None before the first iteration.
        self._previous_due: float | None = None
        self._waited_seconds = 0.0

    @property
    def iterations_per_second(self) -> float:
        """The current pace in iterations per second; 0 (:data:`AS_FAST_AS_POSSIBLE`) means no delay."""
        return self._iterations_per_second

    @property
    def waited_seconds(self) -> float:
        """Seconds the loop spent waiting for the pace so far, time paused excluded."""
        return self._waited_seconds

    def set_pace(self, iterations_per_second: float) -> None:
        """Change the pace, starting with the iteration the loop waits for now. Safe to call from any thread."""
        value = check_pace(iterations_per_second)
        with self._pace_condition:
            self._iterations_per_second = value
            self._pace_condition.notify_all()

    def request_stop(self) -> None:
        super().request_stop()
        self._wake()

    def pause(self) -> None:
        super().pause()
        self._wake()

    def resume(self) -> None:
        super().resume()
        self._wake()

    def checkpoint(self) -> bool:
        """Block while paused or until the next iteration is due; return False when a stop was requested."""
        while True:
            if not super().checkpoint():
                return False

            with self._pace_condition:
                # Checked under the pace lock: a stop or pause that comes later notifies this wait.
                if self.stop_requested:
                    return False
                if self.paused:
                    continue

                now = self._clock()
                due = self._next_due(now)
                if now >= due:
                    self._previous_due = due
                    return True

                self._pace_condition.wait(due - now)
                self._waited_seconds += self._clock() - now

    def _next_due(self, now: float) -> float:
        """Return the clock time at which the next iteration is due, or ``now`` when no delay applies."""
        rate = self._iterations_per_second
        if rate == AS_FAST_AS_POSSIBLE or self._previous_due is None:
            return now

        due = self._previous_due + 1.0 / rate
        if now - due > MAX_CATCH_UP_SECONDS:
            return now
        return due

    def _wake(self) -> None:
        with self._pace_condition:
            self._pace_condition.notify_all()


class RateMeter:
    """Iterations per second over a sliding time window, from (time, iteration count) samples.

    The rate is (newest count − oldest count) / (newest time − oldest time)
    over the samples of the last ``window_seconds``. It is NaN until the
    window contains two samples at different times, so a caller can fall back
    to another estimate.
    """

    def __init__(self, window_seconds: float = 1.0) -> None:
        if not window_seconds > 0:
            raise ValueError(f"invalid window_seconds {window_seconds!r}: use a positive duration, e.g. 1.0")
        self.window_seconds = window_seconds
        self._samples: deque[tuple[float, int]] = deque()

    def add(self, time_seconds: float, iteration: int) -> None:
        """Record that ``iteration`` iterations were done at ``time_seconds``, which must not decrease."""
        self._samples.append((time_seconds, iteration))

        oldest_kept = time_seconds - self.window_seconds
        while self._samples[0][0] < oldest_kept:
            self._samples.popleft()

    def rate(self) -> float:
        """Return iterations per second over the window, or NaN with fewer than two distinct sample times."""
        if len(self._samples) < 2:
            return math.nan

        first_time, first_iteration = self._samples[0]
        last_time, last_iteration = self._samples[-1]
        if last_time <= first_time:
            return math.nan
        return (last_iteration - first_iteration) / (last_time - first_time)

    def clear(self) -> None:
        """Forget every sample."""
        self._samples.clear()
