"""Mini-batches: sizes, coverage, reproducibility and clamping."""

import numpy as np
import pytest

from workbench.engine.batching import mini_batches, resolve_mini_batch_size


def test_ten_samples_in_batches_of_four():
    batches = mini_batches(10, 4, np.random.default_rng(0))

    assert [len(batch) for batch in batches] == [4, 4, 2]
    assert sorted(np.concatenate(batches).tolist()) == list(range(10))


def test_same_seed_same_order():
    first = mini_batches(50, 8, np.random.default_rng(3))
    second = mini_batches(50, 8, np.random.default_rng(3))
    other = mini_batches(50, 8, np.random.default_rng(4))

    assert all(np.array_equal(a, b) for a, b in zip(first, second))
    assert not np.array_equal(np.concatenate(first), np.concatenate(other))


def test_each_epoch_draws_new_permutation():
    rng = np.random.default_rng(0)

    first_epoch = np.concatenate(mini_batches(30, 30, rng))
    second_epoch = np.concatenate(mini_batches(30, 30, rng))

    assert not np.array_equal(first_epoch, second_epoch)


def test_stochastic_batches_of_one():
    batches = mini_batches(5, 1, np.random.default_rng(0))

    assert [len(batch) for batch in batches] == [1] * 5


def test_zero_means_whole_set():
    assert resolve_mini_batch_size(0, 320) == (320, None)


def test_preset_kept():
    assert resolve_mini_batch_size(64, 320) == (64, None)


def test_oversize_batch_clamped_with_notice():
    size, notice = resolve_mini_batch_size(512, 320)

    assert size == 320
    assert notice is not None
    assert "512" in notice
    assert "320" in notice


@pytest.mark.parametrize("requested", [-1, 2.5, True])
def test_invalid_size_rejected(requested):
    with pytest.raises(ValueError, match="mini_batch_size"):
        resolve_mini_batch_size(requested, 100)


def test_empty_training_set_rejected():
    with pytest.raises(ValueError, match="empty"):
        resolve_mini_batch_size(64, 0)


def test_unresolved_size_rejected():
    with pytest.raises(ValueError, match="resolve"):
        mini_batches(10, 0, np.random.default_rng(0))
