"""Display names of the engine's identifiers: optimizers, schedules, data sets, config fields and their values.

The engine, the config files and the command line name things by identifier
("adam", "inverse_time", "optimizer.learning_rate"). The GUI shows them
through ``QCoreApplication.translate`` with the context "DisplayNames". Each
source text is the identifier itself, so the English interface shows the
same words as the command line, and the zh_CN translation supplies the terms
of docs/glossary.zh-CN.md. An identifier without an entry here (e.g. from a
newer engine) is shown as it is.

The engine's ``compare.describe_differences`` stays English for logs and the
command line. :func:`describe_differences` here is its translated counterpart.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.engine.compare import format_value


def optimizer_name(name: str) -> str:
    """Return the display name of the optimizer ``name`` (a key of ``engine.optimizers``)."""
    names = {
        "gd": QCoreApplication.translate("DisplayNames", "gd", "optimizer"),
        "momentum": QCoreApplication.translate("DisplayNames", "momentum", "optimizer"),
        "rmsprop": QCoreApplication.translate("DisplayNames", "rmsprop", "optimizer"),
        "adam": QCoreApplication.translate("DisplayNames", "adam", "optimizer"),
    }
    return names.get(name, name)


def schedule_name(name: str) -> str:
    """Return the display name of the learning-rate schedule ``name`` (a key of ``engine.schedules``)."""
    names = {
        "constant": QCoreApplication.translate("DisplayNames", "constant", "learning-rate schedule"),
        "inverse_time": QCoreApplication.translate("DisplayNames", "inverse_time", "learning-rate schedule"),
        "exponential": QCoreApplication.translate("DisplayNames", "exponential", "learning-rate schedule"),
        "inverse_sqrt": QCoreApplication.translate("DisplayNames", "inverse_sqrt", "learning-rate schedule"),
        "stepwise": QCoreApplication.translate("DisplayNames", "stepwise", "learning-rate schedule"),
    }
    return names.get(name, name)


def dataset_name(name: str) -> str:
    """Return the display name of a data source: a generated set's name, "csv", or a CSV file name unchanged."""
    names = {
        "moons": QCoreApplication.translate("DisplayNames", "moons", "data set"),
        "circles": QCoreApplication.translate("DisplayNames", "circles", "data set"),
        "spirals": QCoreApplication.translate("DisplayNames", "spirals", "data set"),
        "xor": QCoreApplication.translate("DisplayNames", "xor", "data set"),
        "blobs": QCoreApplication.translate("DisplayNames", "blobs", "data set"),
        "csv": QCoreApplication.translate("DisplayNames", "csv", "data set"),
    }
    return names.get(name, name)


def activation_name(name: str) -> str:
    """Return the display name of the hidden layers' activation function ``name``."""
    names = {
        "relu": QCoreApplication.translate("DisplayNames", "relu", "activation function"),
        "leaky_relu": QCoreApplication.translate("DisplayNames", "leaky_relu", "activation function"),
        "tanh": QCoreApplication.translate("DisplayNames", "tanh", "activation function"),
        "sigmoid": QCoreApplication.translate("DisplayNames", "sigmoid", "activation function"),
    }
    return names.get(name, name)


def initialization_name(name: str) -> str:
    """Return the display name of the weight initialization ``name``."""
    names = {
        "he": QCoreApplication.translate("DisplayNames", "he", "weight initialization"),
        "xavier": QCoreApplication.translate("DisplayNames", "xavier", "weight initialization"),
    }
    return names.get(name, name)


def _field_titles() -> dict[str, str]:
    return {
        "data.source": QCoreApplication.translate("DisplayNames", "data.source"),
        "data.csv_path": QCoreApplication.translate("DisplayNames", "data.csv_path"),
        "data.label_column": QCoreApplication.translate("DisplayNames", "data.label_column"),
        "data.class_names": QCoreApplication.translate("DisplayNames", "data.class_names"),
        "data.n_samples": QCoreApplication.translate("DisplayNames", "data.n_samples"),
        "data.noise": QCoreApplication.translate("DisplayNames", "data.noise"),
        "data.n_classes": QCoreApplication.translate("DisplayNames", "data.n_classes"),
        "data.validation_fraction": QCoreApplication.translate("DisplayNames", "data.validation_fraction"),
        "data.seed": QCoreApplication.translate("DisplayNames", "data.seed"),
        "network.hidden_layers": QCoreApplication.translate("DisplayNames", "network.hidden_layers"),
        "network.activation": QCoreApplication.translate("DisplayNames", "network.activation"),
        "network.initialization": QCoreApplication.translate("DisplayNames", "network.initialization"),
        "network.l2": QCoreApplication.translate("DisplayNames", "network.l2"),
        "network.seed": QCoreApplication.translate("DisplayNames", "network.seed"),
        "training.epochs": QCoreApplication.translate("DisplayNames", "training.epochs"),
        "training.mini_batch_size": QCoreApplication.translate("DisplayNames", "training.mini_batch_size"),
        "training.seed": QCoreApplication.translate("DisplayNames", "training.seed"),
        "optimizer.name": QCoreApplication.translate("DisplayNames", "optimizer.name"),
        "optimizer.learning_rate": QCoreApplication.translate("DisplayNames", "optimizer.learning_rate"),
        "optimizer.beta": QCoreApplication.translate("DisplayNames", "optimizer.beta"),
        "optimizer.beta1": QCoreApplication.translate("DisplayNames", "optimizer.beta1"),
        "optimizer.beta2": QCoreApplication.translate("DisplayNames", "optimizer.beta2"),
        "optimizer.epsilon": QCoreApplication.translate("DisplayNames", "optimizer.epsilon"),
        "optimizer.bias_correction": QCoreApplication.translate("DisplayNames", "optimizer.bias_correction"),
        "schedule.name": QCoreApplication.translate("DisplayNames", "schedule.name"),
        "schedule.decay_rate": QCoreApplication.translate("DisplayNames", "schedule.decay_rate"),
        "schedule.base": QCoreApplication.translate("DisplayNames", "schedule.base"),
        "schedule.k": QCoreApplication.translate("DisplayNames", "schedule.k"),
        "schedule.interval": QCoreApplication.translate("DisplayNames", "schedule.interval"),
    }


def field_name(dotted_field: str) -> str:
    """Return the display name of a dotted config field such as ``optimizer.learning_rate``."""
    return _field_titles().get(dotted_field, dotted_field)


def short_field_name(dotted_field: str) -> str:
    """Return the name of a dotted config field for a legend, where the run's section is implied.

    A translated field keeps its translated name. An untranslated one is
    shortened as ``compare.legend_labels`` does: ``optimizer.name`` and
    ``schedule.name`` become their section, every other field its last part.
    """
    title = field_name(dotted_field)
    if title != dotted_field:
        return title

    section, _, key = dotted_field.partition(".")
    return section if key == "name" else key


def setting_value(dotted_field: str, value: Any) -> str:
    """Return the display text of ``value`` of ``dotted_field``: names translated, numbers as format_value.

    ``None`` (a field the config does not use) and booleans are translated too.
    """
    if value is None:
        return QCoreApplication.translate("DisplayNames", "n/a", "setting value of a config that does not use it")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("DisplayNames", "true", "setting value")
        return QCoreApplication.translate("DisplayNames", "false", "setting value")

    names = {
        "optimizer.name": optimizer_name,
        "schedule.name": schedule_name,
        "data.source": dataset_name,
        "network.activation": activation_name,
        "network.initialization": initialization_name,
    }
    if dotted_field in names and isinstance(value, str):
        return names[dotted_field](value)
    return format_value(value)


def describe_differences(differences: dict[str, list]) -> list[str]:
    """Return one display line per differing field, such as ``optimizer.name: adam vs gd`` in English.

    ``differences`` maps dotted fields to one value per config, as
    ``compare.differing_settings`` returns them. As in the engine's
    ``describe_differences``, repeated values are listed once unless some
    config does not use the field. Then every config's value is listed in
    order, "n/a" included, so each value can be matched to its run.
    """
    lines = []
    for dotted_field, values in differences.items():
        texts = [setting_value(dotted_field, value) for value in values]
        if None not in values:
            texts = list(dict.fromkeys(texts))

        joined = texts[0] if texts else ""
        for text in texts[1:]:
            joined = QCoreApplication.translate("DisplayNames", "{0} vs {1}").format(joined, text)
        lines.append(QCoreApplication.translate("DisplayNames", "{0}: {1}").format(field_name(dotted_field), joined))
    return lines


def join_differences(lines: list[str]) -> str:
    """Join the lines of :func:`describe_differences` into one line, with "; " in English."""
    joined = lines[0] if lines else ""
    for line in lines[1:]:
        joined = QCoreApplication.translate("DisplayNames", "{0}; {1}").format(joined, line)
    return joined


def join_settings(parts: list[str]) -> str:
    """Join ``name=value`` texts of one run into a list, with ", " in English."""
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        joined = QCoreApplication.translate("DisplayNames", "{0}, {1}").format(joined, part)
    return joined
