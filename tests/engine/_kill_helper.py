"""Record a long training run into a run history until this process is killed.

Usage: python _kill_helper.py DATABASE_PATH

The kill test in test_store.py starts this script, waits until a few epochs
are stored, and sends SIGKILL. The run is far too long to finish on its own.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.engine.config import MAX_EPOCHS, RunConfig  # noqa: E402
from workbench.engine.store import RunStore, record_run  # noqa: E402


def main() -> None:
    config = RunConfig(name="killed mid-run")
    config.data.n_samples = 60
    config.network.hidden_layers = [4]
    config.training.epochs = MAX_EPOCHS  # far more than the test waits for; it kills this process
    config.training.mini_batch_size = 16

    store = RunStore(sys.argv[1])
    record_run(config, store, report_interval=0.01)


if __name__ == "__main__":
    main()
