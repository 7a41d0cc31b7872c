"""Find the settings that differ between run configs, for legends and run tables.

A config is flattened to dotted fields (``optimizer.beta1``). A field counts as
*applicable* to a config only when that config uses it: ``optimizer.beta1``
applies to Adam but not to GD, and ``schedule.decay_rate`` applies to the
``inverse_time`` and ``stepwise`` schedules only. Fields a config ignores are
reported as ``None`` for it. They never make two configs differ, so a GD run
and an Adam run differ in ``optimizer.name`` but not in a leftover ``beta1``.
"""

from __future__ import annotations

from typing import Any

from .config import RunConfig, to_dict

#: Fields that label a run without changing what it computes.
IGNORED_FIELDS = ("name", "version")

#: Optimizer fields each optimizer uses, besides ``name`` and ``learning_rate``.
_OPTIMIZER_FIELDS = {
    "gd": (),
    "momentum": ("beta",),
    "rmsprop": ("beta2", "epsilon"),
    "adam": ("beta1", "beta2", "epsilon", "bias_correction"),
}

#: Schedule fields each learning-rate schedule uses, besides ``name``.
_SCHEDULE_FIELDS = {
    "constant": (),
    "inverse_time": ("decay_rate",),
    "exponential": ("base",),
    "inverse_sqrt": ("k",),
    "stepwise": ("decay_rate", "interval"),
}

_CSV_ONLY_FIELDS = ("csv_path", "label_column", "class_names")
_GENERATED_ONLY_FIELDS = ("n_samples", "noise", "n_classes")
_GENERATED_WITH_CLASS_COUNT = ("spirals", "blobs")


def flatten_config(config: RunConfig) -> dict[str, Any]:
    """Return every field of ``config`` as ``{"section.field": value}``, without name and version."""
    flat: dict[str, Any] = {}
    for section, values in to_dict(config).items():
        if section in IGNORED_FIELDS:
            continue
        for key, value in values.items():
            flat[f"{section}.{key}"] = value
    return flat


def is_applicable(config: RunConfig, dotted_field: str) -> bool:
    """Return whether ``config`` uses ``dotted_field``; unknown optimizer or schedule names use every field."""
    section, _, key = dotted_field.partition(".")

    if section == "optimizer" and key not in ("name", "learning_rate"):
        used = _OPTIMIZER_FIELDS.get(config.optimizer.name)
        return used is None or key in used

    if section == "schedule" and key != "name":
        used = _SCHEDULE_FIELDS.get(config.schedule.name)
        return used is None or key in used

    if section == "data":
        is_csv = config.data.source == "csv"
        if key in _CSV_ONLY_FIELDS:
            return is_csv
        if key in _GENERATED_ONLY_FIELDS:
            if is_csv:
                return False
            if key == "n_classes":
                return config.data.source in _GENERATED_WITH_CLASS_COUNT
        return True

    return True


def differing_settings(configs: list[RunConfig]) -> dict[str, list]:
    """Return the dotted fields whose applicable values differ between ``configs``.

    Each value list has one entry per config, in the given order, with ``None``
    where that config does not use the field. A field is included when at least
    two configs that use it have different values, or when only some configs
    use it and one of them has a value other than the default: comparing
    constant decay with exponential decay at base 0.977 names the base, but
    comparing GD with Adam at the default β1 does not name β1. Fewer than two
    configs differ in nothing and give ``{}``. Fields keep the order of the
    config dataclasses.
    """
    if len(configs) < 2:
        return {}

    defaults = flatten_config(RunConfig())
    flat_configs = [flatten_config(config) for config in configs]
    differences: dict[str, list] = {}
    for dotted_field in flat_configs[0]:
        values = [
            flat[dotted_field] if is_applicable(config, dotted_field) else None
            for config, flat in zip(configs, flat_configs)
        ]
        applicable_values = [value for value in values if value is not None]
        differ_between_users = any(value != applicable_values[0] for value in applicable_values[1:])
        partly_used = 0 < len(applicable_values) < len(values)
        off_default = any(value != defaults.get(dotted_field) for value in applicable_values)
        if differ_between_users or (partly_used and off_default):
            differences[dotted_field] = values
    return differences


def format_value(value: Any) -> str:
    """Format one setting for a legend: floats in short ``g`` form, ``None`` as ``n/a``."""
    if value is None:
        return "n/a"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def describe_differences(differences: dict[str, list]) -> list[str]:
    """Return one line per field, such as ``optimizer.name: adam vs gd`` (English, for logs and the CLI).

    Repeated values are listed once, unless some config does not use the
    field: then every config's value is listed in order, ``n/a`` included, so
    each value can be matched to its run.
    """
    lines = []
    for dotted_field, values in differences.items():
        texts = [format_value(value) for value in values]
        if None not in values:
            texts = list(dict.fromkeys(texts))
        lines.append(f"{dotted_field}: {' vs '.join(texts)}")
    return lines


def legend_labels(configs: list[RunConfig]) -> list[str]:
    """Return a short label per config built from the differing fields, e.g. ``optimizer=adam, learning_rate=0.01``.

    Fields are named by their last part, except ``optimizer.name`` and
    ``schedule.name``, which are named by their section. A field the config
    does not use is left out of its label. Identical configs get empty labels.
    """
    differences = differing_settings(configs)
    labels = []
    for index in range(len(configs)):
        parts = []
        for dotted_field, values in differences.items():
            if values[index] is None:
                continue
            section, _, key = dotted_field.partition(".")
            short_name = section if key == "name" else key
            parts.append(f"{short_name}={format_value(values[index])}")
        labels.append(", ".join(parts))
    return labels
