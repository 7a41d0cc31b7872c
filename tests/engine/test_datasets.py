"""Tests for workbench.engine.datasets: generators, CSV reading, split, standardization, shipped files."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest

from workbench.engine.config import ConfigError, DataConfig, RunConfig
from workbench.engine.datasets import (
    BUILTIN_DATASET_NAMES,
    GENERATOR_NAMES,
    MIN_ROWS,
    Dataset,
    DatasetError,
    builtin_datasets,
    generate,
    load_dataset,
    read_csv_header,
    read_csv_table,
    resolve_csv_path,
    split_indices,
    validation_size,
)
from workbench.engine.datasets.generated import CIRCLES_INNER_RADIUS, SPIRAL_RADIUS, SPIRAL_START, SPIRAL_TURNS

CLASS_COUNTS = {"moons": 2, "circles": 2, "xor": 2, "spirals": 3, "blobs": 4}


def write_csv(tmp_path, text: str, name: str = "data.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def csv_config(path, **changes) -> DataConfig:
    return DataConfig(source="csv", csv_path=str(path), **changes)


def two_class_csv(n_rows: int = 20) -> str:
    lines = ["a,b,label"]
    for index in range(n_rows):
        lines.append(f"{index},{(index * 7) % 11},{'yes' if index % 2 else 'no'}")
    return "\n".join(lines) + "\n"


# --- generators ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", GENERATOR_NAMES)
def test_generator_shape_and_labels(name):
    n_classes = CLASS_COUNTS[name]
    x, y = generate(name, 101, 0.1, seed=3, n_classes=n_classes)

    assert x.shape == (101, 2)
    assert x.dtype == np.float64
    assert y.shape == (101,)
    assert y.dtype == np.int64
    assert set(np.unique(y)) == set(range(n_classes))
    counts = np.bincount(y)
    assert counts.max() - counts.min() <= 1
    assert np.isfinite(x).all()


@pytest.mark.parametrize("name", GENERATOR_NAMES)
def test_generator_deterministic_for_seed(name):
    n_classes = CLASS_COUNTS[name]
    first = generate(name, 200, 0.2, seed=7, n_classes=n_classes)
    again = generate(name, 200, 0.2, seed=7, n_classes=n_classes)
    other = generate(name, 200, 0.2, seed=8, n_classes=n_classes)

    np.testing.assert_array_equal(first[0], again[0])
    np.testing.assert_array_equal(first[1], again[1])
    assert not np.array_equal(first[0], other[0])


@pytest.mark.parametrize("name", GENERATOR_NAMES)
def test_generator_rows_are_shuffled(name):
    _, y = generate(name, 200, 0.0, seed=0, n_classes=CLASS_COUNTS[name])

    # Sorted labels would mean the classes come out in blocks.
    assert not np.array_equal(y, np.sort(y))


def test_moons_clean_points_on_arcs():
    x, y = generate("moons", 200, 0.0, seed=1)
    shifted = x + np.array([0.5, 0.25])

    upper = shifted[y == 0]
    np.testing.assert_allclose(np.hypot(upper[:, 0], upper[:, 1]), 1.0, atol=1e-12)
    assert (upper[:, 1] >= -1e-12).all()
    lower = shifted[y == 1]
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1.0, lower[:, 1] - 0.5), 1.0, atol=1e-12)
    assert (lower[:, 1] <= 0.5 + 1e-12).all()


def test_circles_clean_points_exact_radii():
    x, y = generate("circles", 100, 0.0, seed=1)
    radius = np.hypot(x[:, 0], x[:, 1])

    np.testing.assert_allclose(radius[y == 0], 1.0, atol=1e-12)
    np.testing.assert_allclose(radius[y == 1], CIRCLES_INNER_RADIUS, atol=1e-12)


def test_spirals_clean_points_on_arm():
    n_classes = 3
    x, y = generate("spirals", 300, 0.0, seed=1, n_classes=n_classes)
    radius = np.hypot(x[:, 0], x[:, 1])
    t = radius / SPIRAL_RADIUS
    angle = 2 * math.pi * y / n_classes + 2 * math.pi * SPIRAL_TURNS * t

    assert radius.min() == pytest.approx(SPIRAL_RADIUS * SPIRAL_START)
    assert radius.max() == pytest.approx(SPIRAL_RADIUS)
    np.testing.assert_allclose(x[:, 0], radius * np.cos(angle), atol=1e-9)
    np.testing.assert_allclose(x[:, 1], radius * np.sin(angle), atol=1e-9)


def test_xor_without_noise_follows_signs():
    x, y = generate("xor", 400, 0.0, seed=1)

    assert (np.abs(x) <= 1.0).all()
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] < 0).astype(np.int64))


def test_xor_with_noise_crosses_axes():
    x, y = generate("xor", 400, 0.3, seed=1)

    mislabeled = np.mean(y != (x[:, 0] * x[:, 1] < 0))
    assert mislabeled > 0.01


def test_blobs_noise_spreads_around_centres():
    clean, clean_labels = generate("blobs", 400, 0.0, seed=1, n_classes=4)
    noisy, noisy_labels = generate("blobs", 4000, 0.3, seed=1, n_classes=4)

    for class_id in range(4):
        points = clean[clean_labels == class_id]
        assert np.ptp(points, axis=0).max() == 0.0
        np.testing.assert_allclose(np.hypot(*points[0]), 1.0)

        spread = noisy[noisy_labels == class_id].std(axis=0)
        np.testing.assert_allclose(spread, 0.3, rtol=0.15)


@pytest.mark.parametrize("name", GENERATOR_NAMES)
def test_generator_noise_moves_points(name):
    n_classes = CLASS_COUNTS[name]
    clean, _ = generate(name, 300, 0.0, seed=2, n_classes=n_classes)
    noisy, _ = generate(name, 300, 0.25, seed=2, n_classes=n_classes)

    # Compare the sorted coordinates: the row order may differ between the two draws.
    difference = np.abs(np.sort(noisy, axis=0) - np.sort(clean, axis=0))
    assert difference.max() > 0.05


@pytest.mark.parametrize(
    ("arguments", "value_text"),
    [
        (("swirl", 100, 0.1, 0, 2), "'swirl'"),
        (("moons", 100, 0.1, 0, 3), "3"),
        (("blobs", 100, 0.1, 0, 1), "1"),
        (("blobs", 3, 0.1, 0, 4), "3"),
        (("moons", 100, -0.5, 0, 2), "-0.5"),
        (("moons", 100, float("nan"), 0, 2), "nan"),
        (("moons", 100, 0.1, -1, 2), "-1"),
        (("moons", 100.5, 0.1, 0, 2), "100.5"),
    ],
)
def test_generator_rejects_invalid_arguments(arguments, value_text):
    with pytest.raises(DatasetError) as caught:
        generate(*arguments)

    assert f"value {value_text}" in str(caught.value)


# --- CSV: class mapping and label column --------------------------------------------------------


def test_csv_text_labels_sorted_alphabetically(tmp_path):
    path = write_csv(tmp_path, "f,label\n1,cat\n2,ant\n3,bee\n4,cat\n5,ant\n")

    table = read_csv_table(path)

    assert table.class_names == ["ant", "bee", "cat"]
    np.testing.assert_array_equal(table.labels, [2, 0, 1, 2, 0])


def test_csv_numeric_labels_sorted_numerically(tmp_path):
    path = write_csv(tmp_path, "f,label\n1,10\n2,2\n3,1\n4,10\n5,2.0\n")

    table = read_csv_table(path)

    assert table.class_names == ["1", "2", "10"]
    np.testing.assert_array_equal(table.labels, [2, 1, 0, 2, 1])


def test_csv_kept_mapping_is_used(tmp_path):
    path = write_csv(tmp_path, two_class_csv())

    dataset = load_dataset(csv_config(path, class_names=["yes", "no", "maybe"]))

    assert dataset.class_names == ["yes", "no", "maybe"]
    assert dataset.n_classes == 3
    labels = np.concatenate([dataset.y_train, dataset.y_validation])
    assert set(np.unique(labels)) == {0, 1}


def test_csv_kept_mapping_matches_numbers(tmp_path):
    path = write_csv(tmp_path, "f,label\n1,1.0\n2,0\n3,1\n4,0\n")

    table = read_csv_table(path, class_names=["1", "0"])

    np.testing.assert_array_equal(table.labels, [0, 1, 0, 1])


def test_csv_kept_mapping_rejects_unknown_label(tmp_path):
    path = write_csv(tmp_path, "f,label\n1,yes\n2,no\n3,perhaps\n4,no\n")

    with pytest.raises(DatasetError) as caught:
        read_csv_table(path, class_names=["no", "yes"])

    message = str(caught.value)
    assert "'perhaps'" in message
    assert "line 4" in message
    assert "class_names" in message


def test_csv_label_column_default_is_last(tmp_path):
    path = write_csv(tmp_path, "width,height,kind\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n")

    table = read_csv_table(path)

    assert table.label_column == "kind"
    assert table.feature_names == ["width", "height"]
    np.testing.assert_array_equal(table.labels, [0, 1, 0, 1])


def test_csv_label_column_by_name(tmp_path):
    path = write_csv(tmp_path, "width,kind,height\n1,x,2\n3,y,4\n5,x,6\n7,y,8\n")

    table = read_csv_table(path, label_column="kind")

    assert table.label_column == "kind"
    assert table.feature_names == ["width", "height"]
    np.testing.assert_array_equal(table.features, [[1, 2], [3, 4], [5, 6], [7, 8]])
    np.testing.assert_array_equal(table.labels, [0, 1, 0, 1])


def test_csv_label_column_ignores_case(tmp_path):
    path = write_csv(tmp_path, "width,Kind\n1,x\n3,y\n5,x\n7,y\n")

    assert read_csv_table(path, label_column="kind").label_column == "Kind"


def test_csv_semicolon_delimiter_and_quotes(tmp_path):
    path = write_csv(tmp_path, 'a;b;"class; name"\n1;2;x\n3;4;y\n5;6;x\n7;8;y\n')

    table = read_csv_table(path)

    assert table.feature_names == ["a", "b"]
    assert table.label_column == "class; name"


def test_csv_blank_lines_and_bom_are_skipped(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffa,label\n\n1,x\n2,y\n\n3,x\n4,y\n\n".encode("utf-8"))

    table = read_csv_table(path)

    assert table.feature_names == ["a"]
    assert len(table.labels) == 4


def test_csv_header_read_alone(tmp_path):
    path = write_csv(tmp_path, "\n width ; height;kind\n1;2;x\n")

    assert read_csv_header(path) == ["width", "height", "kind"]
    assert read_csv_header(builtin_datasets()["iris"])[-1] == "species"


def test_csv_header_read_alone_rejects_numbers(tmp_path):
    path = write_csv(tmp_path, "1,2,3\n4,5,6\n")

    with pytest.raises(DatasetError) as caught:
        read_csv_header(path)

    assert "no header" in str(caught.value)


# --- CSV: broken files --------------------------------------------------------------------------


def assert_dataset_error(path, *expected_parts, **read_arguments):
    with pytest.raises(DatasetError) as caught:
        read_csv_table(path, **read_arguments)
    message = str(caught.value)
    for part in expected_parts:
        assert part in message, f"{part!r} is not in {message!r}"
    return caught.value


def test_csv_missing_file(tmp_path):
    missing = tmp_path / "nowhere.csv"

    with pytest.raises(DatasetError) as caught:
        load_dataset(csv_config(missing))

    assert str(missing) in str(caught.value)
    assert "not found" in str(caught.value)


def test_csv_empty_file(tmp_path):
    assert_dataset_error(write_csv(tmp_path, ""), "data.csv", "is empty")
    assert_dataset_error(write_csv(tmp_path, " \n\n  \n", "blank.csv"), "blank.csv", "is empty")


def test_csv_without_header(tmp_path):
    path = write_csv(tmp_path, "1,2,0\n3,4,1\n5,6,0\n7,8,1\n9,10,0\n")

    error = assert_dataset_error(path, "line 1", "no header")

    assert error.line == 1


def test_csv_ragged_row(tmp_path):
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,4,y\n5,x\n7,8,y\n")

    error = assert_dataset_error(path, "line 4", "2 field(s)", "3")

    assert error.line == 4


def test_csv_non_numeric_feature(tmp_path):
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,abc,y\n5,6,x\n7,8,y\n")

    error = assert_dataset_error(path, "line 3", "column 2", "'b'", "'abc'", "not a number")

    assert (error.line, error.column, error.column_name, error.value) == (3, 2, "b", "abc")


@pytest.mark.parametrize("cell", ["", "NA", "nan", "?"])
def test_csv_missing_feature(tmp_path, cell):
    path = write_csv(tmp_path, f"a,b,label\n1,2,x\n3,4,y\n{cell},6,x\n7,8,y\n")

    assert_dataset_error(path, "line 4", "column 1", f"value {cell!r}", "missing")


def test_csv_infinite_feature(tmp_path):
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,inf,y\n5,6,x\n7,8,y\n")

    assert_dataset_error(path, "line 3", "'inf'", "not finite")


def test_csv_huge_feature_rejected(tmp_path):
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,1e200,y\n5,6,x\n7,8,y\n")

    error = assert_dataset_error(path, "line 3", "column 2", "'1e200'", "too large", "1e100")

    assert error.column_name == "b"


def test_csv_largest_feature_loads(tmp_path):
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,-1e100,y\n5,6,x\n7,1e100,y\n8,9,x\n2,1,y\n")

    dataset = load_dataset(csv_config(path, validation_fraction=0.25))

    assert np.all(np.isfinite(dataset.feature_std))
    assert np.all(np.isfinite(dataset.x_train))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_csv_utf16_names_encoding(tmp_path, encoding):
    path = tmp_path / "wide.csv"
    text = "a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)

    error = assert_dataset_error(path, "UTF-16", "Save the file as UTF-8 CSV")

    assert "NUL" not in str(error)


def test_csv_missing_label(tmp_path):
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,4,\n5,6,x\n7,8,y\n")

    assert_dataset_error(path, "line 3", "column 3", "label is missing")


def test_csv_unknown_label_column_lists_columns(tmp_path):
    path = write_csv(tmp_path, two_class_csv())

    assert_dataset_error(path, "'species'", "a, b, label", label_column="species")


def test_csv_single_class(tmp_path):
    path = write_csv(tmp_path, "a,label\n1,x\n2,x\n3,x\n4,x\n")

    assert_dataset_error(path, "'x'", "at least 2 classes")


def test_csv_too_few_rows(tmp_path):
    path = write_csv(tmp_path, "a,label\n1,x\n2,y\n3,x\n")

    assert_dataset_error(path, "3 data row(s)", f"at least {MIN_ROWS}")


def test_csv_binary_file(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    assert_dataset_error(path, "image.csv", "not a text file")


def test_csv_not_utf8(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("a,label\n1,x\n2,caf\u00e9\n3,x\n4,y\n".encode("latin-1"))

    assert_dataset_error(path, "latin.csv", "not UTF-8", "0xe9", "line 3", "UTF-8 CSV")


def test_csv_header_problems(tmp_path):
    assert_dataset_error(write_csv(tmp_path, "a,a,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n"), "'a'", "used twice")
    assert_dataset_error(write_csv(tmp_path, "a,,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n", "unnamed.csv"),
                         "column 2", "no name")
    assert_dataset_error(write_csv(tmp_path, "label\nx\ny\nx\ny\n", "one.csv"), "1 column(s)")


def test_csv_broken_quoting(tmp_path):
    path = write_csv(tmp_path, 'a,label\n1,x\n2,"y\n3,x\n4,y\n5,x\n')

    error = assert_dataset_error(path, "not valid CSV", "line 3")

    assert error.line == 3
    assert_dataset_error(write_csv(tmp_path, 'a,label\n1,x\n2,"y"z\n3,x\n4,y\n', "stray.csv"), "line 3")


def test_csv_continuous_label_column(tmp_path):
    rows = "\n".join(f"{index},{index * 0.37:.2f}" for index in range(150))
    path = write_csv(tmp_path, "a,size\n" + rows + "\n")

    assert_dataset_error(path, "'size'", "150 distinct values", "label_column")


def test_csv_folder_instead_of_file(tmp_path):
    with pytest.raises(DatasetError) as caught:
        resolve_csv_path(str(tmp_path))

    assert "folder" in str(caught.value)


# --- standardization ----------------------------------------------------------------------------


def test_standardization_uses_training_rows_only(tmp_path):
    rng = np.random.default_rng(0)
    values = rng.normal(5.0, 2.0, size=(60, 2)).round(6)
    labels = np.where(np.arange(60) % 3 == 0, "a", "b")
    lines = ["p,q,label"] + [f"{p},{q},{label}" for (p, q), label in zip(values, labels)]
    path = write_csv(tmp_path, "\n".join(lines) + "\n")

    dataset = load_dataset(csv_config(path, validation_fraction=0.3, seed=4))

    np.testing.assert_allclose(dataset.x_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(dataset.x_train.std(axis=0), 1.0, atol=1e-12)
    assert not np.allclose(dataset.x_validation.mean(axis=0), 0.0, atol=1e-6)

    raw_train = dataset.x_train * dataset.feature_std + dataset.feature_mean
    raw_rows = {tuple(row) for row in values}
    assert all(tuple(row) in raw_rows for row in raw_train.round(6))
    np.testing.assert_allclose(dataset.feature_mean, raw_train.mean(axis=0))
    assert not np.allclose(dataset.feature_mean, values.mean(axis=0))


def test_standardization_constant_column_gives_zero(tmp_path):
    path = write_csv(tmp_path, "a,same,label\n" + "".join(f"{i},3.7,{i % 2}\n" for i in range(10)))

    dataset = load_dataset(csv_config(path))

    assert np.isfinite(dataset.x_train).all()
    assert np.isfinite(dataset.x_validation).all()
    np.testing.assert_array_equal(dataset.x_train[:, 1], 0.0)
    np.testing.assert_array_equal(dataset.x_validation[:, 1], 0.0)
    assert dataset.feature_std[1] == 1.0


def test_generated_sets_are_not_standardized():
    dataset = load_dataset(DataConfig(source="circles", noise=0.0, n_samples=100))

    assert dataset.feature_mean is None
    assert dataset.feature_std is None
    radius = np.hypot(dataset.x_train[:, 0], dataset.x_train[:, 1])
    assert radius.max() == pytest.approx(1.0)


# --- split --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("n_samples", "fraction", "expected"), [(100, 0.2, 20), (101, 0.25, 25), (10, 0.0, 0),
                                                                  (10, 0.9, 9), (5, 0.05, 0)])
def test_validation_size(n_samples, fraction, expected):
    assert validation_size(n_samples, fraction) == expected


def test_split_sizes_and_stratification():
    labels = np.repeat([0, 1, 2], [60, 30, 10])

    train, validation = split_indices(labels, 0.2, np.random.default_rng(0))

    assert len(validation) == 20
    assert len(train) == 80
    assert len(np.intersect1d(train, validation)) == 0
    np.testing.assert_array_equal(np.sort(np.concatenate([train, validation])), np.arange(100))
    np.testing.assert_array_equal(np.bincount(labels[validation]), [12, 6, 2])


def test_split_keeps_every_class_in_training():
    labels = np.array([0] * 20 + [1, 2])

    train, validation = split_indices(labels, 0.5, np.random.default_rng(0))

    assert len(validation) == 11
    assert set(labels[train]) == {0, 1, 2}


def test_split_plain_has_requested_size():
    labels = np.repeat([0, 1], [90, 10])

    train, validation = split_indices(labels, 0.3, np.random.default_rng(0), stratify=False)

    assert len(validation) == 30
    assert len(train) == 70


def test_split_deterministic_for_seed(tmp_path):
    path = write_csv(tmp_path, two_class_csv(40))

    first = load_dataset(csv_config(path, seed=5))
    again = load_dataset(csv_config(path, seed=5))
    other = load_dataset(csv_config(path, seed=6))

    np.testing.assert_array_equal(first.x_validation, again.x_validation)
    np.testing.assert_array_equal(first.y_train, again.y_train)
    assert not np.array_equal(first.x_validation, other.x_validation)


def test_split_zero_fraction_gives_empty_validation():
    dataset = load_dataset(DataConfig(source="moons", n_samples=50, validation_fraction=0.0))

    assert dataset.x_train.shape == (50, 2)
    assert dataset.x_validation.shape == (0, 2)
    assert dataset.y_validation.shape == (0,)


def test_generated_split_sizes_and_classes():
    dataset = load_dataset(DataConfig(source="spirals", n_classes=3, n_samples=300, validation_fraction=0.2))

    assert isinstance(dataset, Dataset)
    assert dataset.n_train == 240
    assert dataset.n_validation == 60
    assert dataset.class_names == ["0", "1", "2"]
    np.testing.assert_array_equal(np.bincount(dataset.y_validation), [20, 20, 20])


def test_generated_binary_set_ignores_n_classes():
    dataset = load_dataset(DataConfig(source="moons", n_classes=4))

    assert dataset.n_classes == 2


def test_load_dataset_accepts_run_config():
    dataset = load_dataset(RunConfig(data=DataConfig(source="xor", n_samples=40)))

    assert dataset.name == "xor"
    assert dataset.n_train + dataset.n_validation == 40


def test_load_dataset_rejects_invalid_setting():
    with pytest.raises(ConfigError) as caught:
        load_dataset(DataConfig(source="moons", validation_fraction=1.5))

    assert "data.validation_fraction" in str(caught.value)


# --- paths and shipped files --------------------------------------------------------------------


def test_resolve_absolute_and_relative(tmp_path, monkeypatch):
    path = write_csv(tmp_path, two_class_csv())
    monkeypatch.chdir(tmp_path)

    assert resolve_csv_path(str(path)) == path.resolve()
    assert resolve_csv_path("data.csv") == path.resolve()


def test_resolve_shipped_file_and_short_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    assert resolve_csv_path("iris.csv") == builtin_datasets()["iris"].resolve()
    assert resolve_csv_path("iris") == builtin_datasets()["iris"].resolve()


def test_resolve_missing_names_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)

    with pytest.raises(DatasetError) as caught:
        resolve_csv_path("no_such_file.csv")

    assert "no_such_file.csv" in str(caught.value)
    assert "not found" in str(caught.value)


def test_builtin_datasets_exist():
    shipped = builtin_datasets()

    assert set(shipped) == set(BUILTIN_DATASET_NAMES)
    for path in shipped.values():
        assert path.is_file()
        assert path.parent.name == "datasets"
    assert (shipped["iris"].parent / "README.md").is_file()


@pytest.mark.parametrize(
    ("name", "n_rows", "n_features", "class_names"),
    [
        ("breast_cancer", 569, 30, ["benign", "malignant"]),
        ("iris", 150, 4, ["setosa", "versicolor", "virginica"]),
        ("digits", 1797, 64, [str(digit) for digit in range(10)]),
    ],
)
def test_shipped_dataset_loads(name, n_rows, n_features, class_names):
    dataset = load_dataset(DataConfig(source="csv", csv_path=name, validation_fraction=0.2))

    assert dataset.name == name
    assert dataset.n_features == n_features
    assert dataset.n_train + dataset.n_validation == n_rows
    assert dataset.n_validation == round(0.2 * n_rows)
    assert dataset.class_names == class_names
    assert set(np.unique(dataset.y_train)) == set(range(len(class_names)))
    assert dataset.x_train.dtype == np.float64
    assert dataset.y_train.dtype == np.int64
    assert np.isfinite(dataset.x_train).all()


def test_breast_cancer_label_column_by_name():
    table = read_csv_table(builtin_datasets()["breast_cancer"], label_column="diagnosis")

    assert table.label_column == "diagnosis"
    np.testing.assert_array_equal(np.bincount(table.labels), [357, 212])


def test_datasets_import_no_qt():
    code = ("import sys, workbench.engine.datasets; "
            "sys.exit(any(name.startswith(('PySide6', 'pyqtgraph')) for name in sys.modules))")

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert result.returncode == 0, result.stderr
