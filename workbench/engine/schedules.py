"""Learning-rate decay schedules, applied once per epoch.

``epoch`` is the 0-based index of the epoch about to run: the first epoch is
``epoch = 0`` and always trains with α0 (the learning rate the user set), for
every schedule. The formulas, with α0 the initial learning rate:

========================  ==============================================  =====================
name                      α for epoch ``e`` (0-based)                     epoch counted from
========================  ==============================================  =====================
``constant``              α0                                              n/a
``inverse_time``          α0 / (1 + decay_rate · e)                       0
``exponential``           base^e · α0  (base 0.95 by default)             0
``inverse_sqrt``          k · α0 / √(e + 1)                               1
``stepwise``              α0 / (1 + decay_rate · ⌊e / interval⌋)          0
========================  ==============================================  =====================

The course writes the √ form as k·α0/√epoch-num with epoch-num starting at 1,
so ``inverse_sqrt`` counts epochs from 1, which keeps it finite on the first
epoch. With k ≠ 1 its first epoch trains with k·α0.

Every function accepts ``epoch`` as an int or an integer numpy array, so a
whole curve (for previews and plots) is one call.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SCHEDULE_NAMES = ("constant", "inverse_time", "exponential", "inverse_sqrt", "stepwise")


class ScheduleError(ValueError):
    """A learning-rate schedule setting outside its valid range."""


@dataclass(frozen=True)
class Schedule:
    """A learning-rate decay rule: α as a function of the 0-based epoch index.

    Fields that do not apply to ``name`` are ignored.
    """

    name: str = "constant"
    decay_rate: float = 1.0  # inverse_time and stepwise: the d in α0/(1 + d·…)
    base: float = 0.95  # exponential: α = base^epoch · α0
    k: float = 1.0  # inverse_sqrt: α = k·α0/√(epoch + 1)
    interval: int = 1000  # stepwise: epochs between two decay steps

    def __post_init__(self) -> None:
        if self.name not in SCHEDULE_NAMES:
            raise ScheduleError(
                f"schedule = {self.name!r} is unknown; choose one of {', '.join(SCHEDULE_NAMES)}."
            )
        if self.name in ("inverse_time", "stepwise") and not (self.decay_rate >= 0 and np.isfinite(self.decay_rate)):
            raise ScheduleError(f"decay_rate = {self.decay_rate!r} is invalid: it must be 0 or greater, e.g. 1.")
        if self.name == "exponential" and not (0 < self.base <= 1):
            raise ScheduleError(f"base = {self.base!r} is invalid: it must lie in (0, 1], e.g. 0.95.")
        if self.name == "inverse_sqrt" and not (self.k > 0 and np.isfinite(self.k)):
            raise ScheduleError(f"k = {self.k!r} is invalid: it must be greater than 0, e.g. 1.")
        if self.name == "stepwise" and not (isinstance(self.interval, (int, np.integer)) and self.interval >= 1):
            raise ScheduleError(f"interval = {self.interval!r} is invalid: it must be a whole number of epochs, 1 or more.")

    def learning_rate(self, initial_learning_rate: float, epoch):
        """Return α for ``epoch`` (0-based int or integer array) given α0."""
        epoch = np.asarray(epoch)
        if np.any(epoch < 0):
            raise ScheduleError(f"epoch = {epoch!r} is invalid: epochs are counted from 0.")

        if self.name == "constant":
            rate = np.full(epoch.shape, initial_learning_rate, dtype=float)
        elif self.name == "inverse_time":
            rate = initial_learning_rate / (1.0 + self.decay_rate * epoch)
        elif self.name == "exponential":
            rate = np.power(self.base, epoch, dtype=float) * initial_learning_rate
        elif self.name == "inverse_sqrt":
            rate = self.k * initial_learning_rate / np.sqrt(epoch + 1.0)
        else:
            rate = initial_learning_rate / (1.0 + self.decay_rate * np.floor_divide(epoch, self.interval))

        return float(rate) if rate.ndim == 0 else rate.astype(float)
