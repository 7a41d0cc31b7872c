"""Build the configs of the two one-click comparisons from the user's current config. No Qt here.

"Compare optimizers" trains GD, momentum, RMSprop and Adam at the course
defaults (β = 0.9, β1 = 0.9, β2 = 0.999, ε = 1e-8, Adam with bias correction)
and the user's learning rate, schedule, data, network and seeds.

"Compare decay" trains Adam at the course defaults with four schedules:
constant, inverse_time, exponential and stepwise. Each decaying schedule is
set so that the last epoch trains with about α0 / 10 (``FINAL_RATE_SHARE``),
whatever the number of epochs, so the three decays are comparable:

* inverse_time: α0 / (1 + d·e) with d = 9 / (E − 1)
* exponential: base^e · α0 with base = 0.1^(1 / (E − 1))
* stepwise: α0 / (1 + d·⌊e / interval⌋) with interval = ⌊E / 4⌋ (at least 1),
  so α drops three or four times, and d chosen for α0 / 10 at the last step

where e is the 0-based epoch and E the number of epochs. Decay settings are
rounded to three significant digits (for base, 1 − base is rounded) so
legends stay short.
"""

from __future__ import annotations

from workbench.engine.config import RunConfig, replace
from workbench.engine.optimizers import COURSE_DEFAULTS, OPTIMIZER_NAMES

#: Share of α0 the decaying schedules reach in the last epoch.
FINAL_RATE_SHARE = 0.1

#: Schedules of the decay comparison, in legend order.
DECAY_SCHEDULES = ("constant", "inverse_time", "exponential", "stepwise")

#: Stepwise decay drops α about this many times over the run.
STEPWISE_STEPS = 4


def _round(value: float) -> float:
    return float(f"{value:.3g}")


def with_course_defaults(config: RunConfig, optimizer: str) -> RunConfig:
    """Return a copy of ``config`` using ``optimizer`` with the course's hyperparameters and the same α0."""
    changes = {"optimizer.name": optimizer}
    for defaults in COURSE_DEFAULTS.values():
        for key, value in defaults.items():
            changes[f"optimizer.{key}"] = value
    return replace(config, **changes)


def optimizer_comparison_configs(config: RunConfig) -> list[RunConfig]:
    """Return one config per optimizer (gd, momentum, rmsprop, adam), each named after its optimizer.

    Raises ``ConfigError`` when ``config`` is invalid.
    """
    configs = []
    for optimizer in OPTIMIZER_NAMES:
        variant = with_course_defaults(config, optimizer)
        variant.name = optimizer
        configs.append(variant)
    return configs


def decay_settings(schedule: str, epochs: int) -> dict[str, float | int]:
    """Return the ``schedule.*`` settings of one decay comparison schedule for a run of ``epochs`` epochs."""
    last_epoch = max(epochs - 1, 1)
    drop = 1.0 / FINAL_RATE_SHARE - 1.0

    if schedule == "constant":
        return {}
    if schedule == "inverse_time":
        return {"decay_rate": _round(drop / last_epoch)}
    if schedule == "exponential":
        # Rounding 1 − base keeps its three digits meaningful; base itself is close to 1 for long runs.
        return {"base": 1.0 - _round(1.0 - FINAL_RATE_SHARE ** (1.0 / last_epoch))}
    if schedule == "stepwise":
        interval = max(epochs // STEPWISE_STEPS, 1)
        steps = max(last_epoch // interval, 1)
        return {"decay_rate": _round(drop / steps), "interval": interval}
    raise ValueError(f"schedule {schedule!r} is not part of the decay comparison; use one of "
                     f"{', '.join(DECAY_SCHEDULES)}")


def decay_comparison_configs(config: RunConfig) -> list[RunConfig]:
    """Return Adam configs with the schedules of :data:`DECAY_SCHEDULES`, each named after its schedule.

    Raises ``ConfigError`` when ``config`` is invalid.
    """
    adam = with_course_defaults(config, "adam")
    configs = []
    for schedule in DECAY_SCHEDULES:
        changes = {"schedule.name": schedule}
        for key, value in decay_settings(schedule, config.training.epochs).items():
            changes[f"schedule.{key}"] = value
        variant = replace(adam, **changes)
        variant.name = schedule
        configs.append(variant)
    return configs
