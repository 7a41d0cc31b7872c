"""The training loop: mini-batch optimization of a :class:`~workbench.engine.network.Network`.

One epoch is one pass over a fresh permutation of the training set. Before
epoch e (0-based) the schedule sets α = schedule.learning_rate(α0, e); every
mini-batch then computes its cost and gradients and applies one optimizer
update, ``params += delta``. The loop records the cost and α of every
mini-batch, and after each epoch the cost and accuracy on the whole training
and validation sets.

The loop runs in the caller's thread (the command line's main thread or the
app's worker QThread). It never touches Qt: control comes in through a
:class:`~workbench.engine.control.RunControl` and results go out through a
plain callback that receives copies.
"""

from __future__ import annotations

import copy
import logging
import math
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

import numpy as np
from threadpoolctl import threadpool_limits

from .batching import mini_batches, resolve_mini_batch_size
from .config import RunConfig, validate
from .control import RunControl
from .network import Network
from .optimizers import check_learning_rate, make_optimizer
from .schedules import Schedule

if TYPE_CHECKING:
    from .datasets import Dataset

logger = logging.getLogger(__name__)

#: A mini-batch cost above EXPLOSION_FACTOR × max(first mini-batch cost, 1) counts as divergence.
EXPLOSION_FACTOR = 1e3


@dataclass
class EpochMetrics:
    """Measurements taken after one epoch, on the whole training and validation sets."""

    epoch: int  # 1-based: 1 after the first epoch
    iteration: int  # mini-batch updates made so far, over all epochs
    learning_rate: float  # α used during this epoch
    train_cost: float  # J on the training set with the parameters at the end of the epoch, L2 term included
    train_accuracy: float  # share of training samples classified correctly, in [0, 1]
    validation_cost: float  # nan without a validation split
    validation_accuracy: float  # nan without a validation split
    elapsed_seconds: float  # training time since the run started, pauses excluded


@dataclass
class Progress:
    """Everything new since the previous report; arrays are copies the receiver may keep."""

    iterations: np.ndarray  # int64, 1-based global numbers of the new mini-batch updates
    costs: np.ndarray  # cost of each new mini-batch, before its update
    learning_rates: np.ndarray  # α of each new mini-batch
    epochs: list[EpochMetrics]  # epochs finished since the previous report
    epoch: int  # epochs finished so far
    iteration: int  # mini-batch updates made so far
    iterations_per_second: float  # rate since the previous report


@dataclass
class RunResult:
    """The outcome and the full record of a run."""

    status: str  # "finished", "stopped" or "diverged"
    reason: str  # why the run stopped or diverged; "" when finished
    notices: list[str]  # adjustments made to the settings, e.g. a clamped mini-batch size
    iteration_costs: np.ndarray  # cost of every mini-batch, in order
    iteration_learning_rates: np.ndarray  # α of every mini-batch
    epochs: list[EpochMetrics] = field(default_factory=list)
    elapsed_seconds: float = 0.0


class _GrowingArray:
    """A float64 array that grows by doubling, so appending is amortized O(1)."""

    def __init__(self, capacity: int = 1024) -> None:
        self._data = np.empty(max(capacity, 1), dtype=np.float64)
        self.size = 0

    def append(self, value: float) -> None:
        if self.size == self._data.size:
            grown = np.empty(2 * self._data.size, dtype=np.float64)
            grown[:self.size] = self._data
            self._data = grown
        self._data[self.size] = value
        self.size += 1

    def copy(self, start: int = 0) -> np.ndarray:
        return self._data[start:self.size].copy()


class Trainer:
    """Trains the network a :class:`RunConfig` describes on its data set.

    ``config`` is validated and copied, so ``trainer.config`` is the trainer's
    own. When ``dataset`` is None, it is loaded with ``load_dataset(config.data)``.
    For a CSV data set the class names are stored in
    ``trainer.config.data.class_names``. Notices about adjusted settings (a
    mini-batch size larger than the training set is clamped) go to
    ``notices`` and to the log.

    :meth:`run` may be called again after a stop: it continues with the next
    mini-batch of the interrupted epoch, so a stopped and continued run gives
    the same numbers as an uninterrupted one. After the run finished or
    diverged, :meth:`run` returns the final result at once.
    """

    def __init__(self, config: RunConfig, dataset: "Dataset | None" = None) -> None:
        validate(config)
        self.config = copy.deepcopy(config)

        if dataset is None:
            from .datasets import load_dataset

            dataset = load_dataset(self.config.data)
        if self.config.data.source == "csv":
            self.config.data.class_names = list(dataset.class_names)
        self.dataset = dataset

        n_train = dataset.x_train.shape[0]
        self.notices: list[str] = []
        self.mini_batch_size, notice = resolve_mini_batch_size(self.config.training.mini_batch_size, n_train)
        if notice is not None:
            self.notices.append(notice)
            logger.warning("%s", notice)

        self.network = Network.from_config(self.config.network, dataset.n_features, dataset.n_classes)

        settings = self.config.optimizer
        check_learning_rate(settings.learning_rate)
        self.optimizer = make_optimizer(settings.name, beta=settings.beta, beta1=settings.beta1,
                                        beta2=settings.beta2, epsilon=settings.epsilon,
                                        bias_correction=settings.bias_correction)
        decay = self.config.schedule
        self.schedule = Schedule(decay.name, decay_rate=decay.decay_rate, base=decay.base, k=decay.k,
                                 interval=decay.interval)

        self._optimizer_state = self.optimizer.init(self.network.params)
        self._rng = np.random.default_rng(self.config.training.seed)
        self._costs = _GrowingArray()
        self._learning_rates = _GrowingArray()
        self._epochs: list[EpochMetrics] = []
        self._iteration = 0
        self._elapsed_seconds = 0.0
        self._first_cost: float | None = None
        self._status = ""
        self._reason = ""

        # The epoch in progress: its mini-batches (empty until drawn), the next one to train, and its α.
        self._batches: list[np.ndarray] = []
        self._next_batch = 0
        self._epoch_learning_rate = math.nan

    @property
    def epochs_completed(self) -> int:
        return len(self._epochs)

    @property
    def iteration(self) -> int:
        """Mini-batch updates made so far."""
        return self._iteration

    def result(self) -> RunResult:
        """Return the record so far; ``status`` is "stopped" while epochs remain."""
        status = self._status or "stopped"
        return RunResult(status=status, reason=self._reason, notices=list(self.notices),
                         iteration_costs=self._costs.copy(), iteration_learning_rates=self._learning_rates.copy(),
                         epochs=list(self._epochs), elapsed_seconds=self._elapsed_seconds)

    def run(self, control: RunControl | None = None, on_progress: Callable[[Progress], None] | None = None,
            report_interval: float = 0.05) -> RunResult:
        """Train until ``config.training.epochs`` epochs are done, a stop is requested, or the cost diverges.

        ``control`` is checked before every mini-batch: a stop request returns
        after at most the mini-batch in progress, and a pause blocks there.
        ``on_progress`` is called from this thread at most once per
        ``report_interval`` seconds, and once more at the end, with everything
        new since its previous call. BLAS is limited to one thread during the
        loop, so the command line and the app's worker thread compute the same
        numbers and the GUI thread keeps a core.

        Divergence: the run stops with status "diverged" when a mini-batch
        cost, or an epoch's training cost, is not finite, or when a mini-batch
        cost exceeds EXPLOSION_FACTOR (1000) × max(first mini-batch cost, 1).
        """
        control = control if control is not None else RunControl()
        reporter = _Reporter(self, on_progress, report_interval)

        with threadpool_limits(limits=1, user_api="blas"):
            self._train(control, reporter)

        reporter.report()
        result = self.result()
        logger.info("Run %s after %d epochs and %d iterations in %.2f s. %s", result.status,
                    self.epochs_completed, self._iteration, result.elapsed_seconds, result.reason)
        return result

    def _train(self, control: RunControl, reporter: "_Reporter") -> None:
        if self._status:
            return

        dataset = self.dataset
        network = self.network
        epochs = self.config.training.epochs
        learning_rate_0 = self.config.optimizer.learning_rate
        started = time.perf_counter()
        paused_seconds = 0.0

        while self.epochs_completed < epochs:
            if not self._batches:
                epoch_index = self.epochs_completed
                self._epoch_learning_rate = self.schedule.learning_rate(learning_rate_0, epoch_index)
                self._batches = mini_batches(dataset.x_train.shape[0], self.mini_batch_size, self._rng)
            learning_rate = self._epoch_learning_rate

            while self._next_batch < len(self._batches):
                checkpoint_started = time.perf_counter()
                go_on = control.checkpoint()
                paused_seconds += time.perf_counter() - checkpoint_started
                if not go_on:
                    self._elapsed_seconds += time.perf_counter() - started - paused_seconds
                    self._reason = (f"Stopped on request after iteration {self._iteration} "
                                    f"(epoch {self.epochs_completed + 1}).")
                    return

                indices = self._batches[self._next_batch]
                cost = network.cost_and_gradients(dataset.x_train[indices], dataset.y_train[indices])
                self._iteration += 1
                self._next_batch += 1
                self._costs.append(cost)
                self._learning_rates.append(learning_rate)

                problem = self._divergence(cost)
                if problem:
                    self._diverge(problem, started, paused_seconds)
                    return

                delta, self._optimizer_state = self.optimizer.update(network.grads, self._optimizer_state,
                                                                     learning_rate)
                network.params += delta
                reporter.maybe_report()

            self._batches = []
            self._next_batch = 0
            elapsed = self._elapsed_seconds + time.perf_counter() - started - paused_seconds
            metrics = self._measure_epoch(learning_rate, elapsed)
            self._epochs.append(metrics)

            if not math.isfinite(metrics.train_cost):
                self._diverge(f"the training cost became {metrics.train_cost} after epoch {metrics.epoch}",
                              started, paused_seconds)
                return
            reporter.maybe_report()

        self._elapsed_seconds += time.perf_counter() - started - paused_seconds
        self._status = "finished"

    def _divergence(self, cost: float) -> str:
        """Return what makes ``cost`` a sign of divergence, or "" when it is fine."""
        epoch = self.epochs_completed + 1
        if not math.isfinite(cost):
            return f"the cost became {cost} at iteration {self._iteration} (epoch {epoch})"

        if self._first_cost is None:
            self._first_cost = cost
        limit = EXPLOSION_FACTOR * max(self._first_cost, 1.0)
        if cost > limit:
            return (f"the cost rose to {cost:.6g} at iteration {self._iteration} (epoch {epoch}), above "
                    f"{EXPLOSION_FACTOR:g} × max(first cost {self._first_cost:.6g}, 1) = {limit:.6g}")
        return ""

    def _diverge(self, problem: str, started: float, paused_seconds: float) -> None:
        learning_rate_0 = self.config.optimizer.learning_rate
        self._elapsed_seconds += time.perf_counter() - started - paused_seconds
        self._status = "diverged"
        self._reason = (f"The run diverged: {problem}. Use a smaller learning rate than {learning_rate_0:g}, "
                        f"e.g. {learning_rate_0 / 10:g}.")

    def _measure_epoch(self, learning_rate: float, elapsed_seconds: float) -> EpochMetrics:
        dataset = self.dataset
        network = self.network

        train_cost = network.cost(dataset.x_train, dataset.y_train)
        train_accuracy = network.accuracy(dataset.x_train, dataset.y_train)
        if dataset.x_validation.shape[0] > 0:
            validation_cost = network.cost(dataset.x_validation, dataset.y_validation)
            validation_accuracy = network.accuracy(dataset.x_validation, dataset.y_validation)
        else:
            validation_cost = validation_accuracy = math.nan

        return EpochMetrics(epoch=self.epochs_completed + 1, iteration=self._iteration,
                            learning_rate=float(learning_rate), train_cost=train_cost,
                            train_accuracy=train_accuracy, validation_cost=validation_cost,
                            validation_accuracy=validation_accuracy, elapsed_seconds=elapsed_seconds)


class _Reporter:
    """Batches new records into :class:`Progress` reports, at most one per interval."""

    def __init__(self, trainer: Trainer, on_progress: Callable[[Progress], None] | None, interval: float) -> None:
        self._trainer = trainer
        self._on_progress = on_progress
        self._interval = interval
        self._reported_iterations = trainer.iteration
        self._reported_epochs = trainer.epochs_completed
        self._last_time = time.perf_counter()

    def maybe_report(self) -> None:
        if self._on_progress is not None and time.perf_counter() - self._last_time >= self._interval:
            self.report()

    def report(self) -> None:
        if self._on_progress is None:
            return

        trainer = self._trainer
        now = time.perf_counter()
        start = self._reported_iterations
        new_iterations = trainer.iteration - start
        seconds = now - self._last_time
        progress = Progress(
            iterations=np.arange(start + 1, trainer.iteration + 1, dtype=np.int64),
            costs=trainer._costs.copy(start),
            learning_rates=trainer._learning_rates.copy(start),
            epochs=trainer._epochs[self._reported_epochs:],
            epoch=trainer.epochs_completed,
            iteration=trainer.iteration,
            iterations_per_second=new_iterations / seconds if seconds > 0 else 0.0,
        )

        self._reported_iterations = trainer.iteration
        self._reported_epochs = trainer.epochs_completed
        self._last_time = now
        self._on_progress(progress)
