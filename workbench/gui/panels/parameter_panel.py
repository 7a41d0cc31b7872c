"""The parameter panel: collapsible Data, Network, Training, Optimizer and decay groups over one RunConfig.

Every edit rebuilds the config from all groups and validates it with
``engine.config.validate``. An invalid field shows the ConfigError text under
that field (or at the top of the panel when the field is hidden), and
``validity_changed`` reports to the window whether a run may start.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget
from superqt import QCollapsible

from workbench.engine.config import ConfigError, RunConfig, validate
from workbench.gui.engine_messages import config_error_text
from workbench.gui.panels.base import ERROR_STYLE, ConfigPanel
from workbench.gui.panels.data_panel import DataPanel
from workbench.gui.panels.network_panel import NetworkPanel
from workbench.gui.panels.optimizer_panel import OptimizerPanel
from workbench.gui.panels.schedule_panel import SchedulePanel
from workbench.gui.panels.training_panel import TrainingPanel

logger = logging.getLogger(__name__)


def data_settings_key(config: RunConfig) -> str:
    """Return a text that changes exactly when a data setting other than ``class_names`` changes."""
    data = dataclasses.asdict(config.data)
    data.pop("class_names")
    return json.dumps(data, sort_keys=True)


class ParameterPanel(QScrollArea):
    """All run settings in collapsible groups, editing one :class:`RunConfig`.

    ``config_edited(config)`` is emitted with a copy of the config after every
    edit, valid or not. ``validity_changed(valid, message)`` follows it with
    the first error's text ("" when valid). The window reports problems found
    while loading the data set with :meth:`set_dataset_error`; such an error
    stays shown until a data setting changes.
    """

    config_edited = Signal(object)
    validity_changed = Signal(bool, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parameter_panel")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._config = RunConfig()
        self._errors: list[tuple[str, str]] = []  # (dotted field path, message)
        self._dataset_error = ""
        self._dataset_error_key = ""

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 6, 6, 6)

        self.general_error_label = QLabel(content)
        self.general_error_label.setObjectName("general_error")
        self.general_error_label.setWordWrap(True)
        self.general_error_label.setStyleSheet(ERROR_STYLE)
        self.general_error_label.hide()
        layout.addWidget(self.general_error_label)

        self.data_panel = DataPanel(content)
        self.network_panel = NetworkPanel(content)
        self.training_panel = TrainingPanel(content)
        self.optimizer_panel = OptimizerPanel(content)
        self.schedule_panel = SchedulePanel(content)
        self.panels: tuple[ConfigPanel, ...] = (self.data_panel, self.network_panel, self.training_panel,
                                                self.optimizer_panel, self.schedule_panel)

        self.groups: list[QCollapsible] = []
        group_titles = (self.tr("Data"), self.tr("Network"), self.tr("Training"), self.tr("Optimizer"),
                        self.tr("Learning-rate decay"))
        for panel, title in zip(self.panels, group_titles):
            group = QCollapsible(title, content)
            group.setObjectName(f"group_{type(panel).__name__}")
            group.setDuration(0)
            group.addWidget(panel)
            group.expand(animate=False)
            layout.addWidget(group)
            self.groups.append(group)
            panel.edited.connect(self._on_panel_edited)
        layout.addStretch(1)
        self.setWidget(content)

        self.set_config(self._config)

    def config(self) -> RunConfig:
        """Return a copy of the config as last edited; check :attr:`is_valid` before running it."""
        return copy.deepcopy(self._config)

    @property
    def is_valid(self) -> bool:
        return not self._errors

    @property
    def error_message(self) -> str:
        """The first error's text, or "" when the config is valid."""
        return self._errors[0][1] if self._errors else ""

    def set_config(self, config: RunConfig) -> None:
        """Show ``config`` in every group and validate it."""
        config = copy.deepcopy(config)
        for panel in self.panels:
            panel.load_config(config)
        self._config = config
        self._revalidate()

    def set_class_names(self, class_names: list[str]) -> None:
        """Store the class names a loaded CSV set reported into the config (see DataConfig.class_names)."""
        if list(class_names) == self._config.data.class_names:
            return
        self.data_panel.set_class_names(class_names)
        self._revalidate()

    def set_dataset_error(self, message: str) -> None:
        """Show ``message`` (a DatasetError's window text, or "" for none) under the data set until its settings change."""
        key = data_settings_key(self._config) if message else ""
        if (message, key) == (self._dataset_error, self._dataset_error_key):
            return
        self._dataset_error = message
        self._dataset_error_key = key
        self._revalidate()

    def set_running(self, running: bool) -> None:
        """Disable every setting while a run is running."""
        for panel in self.panels:
            panel.setEnabled(not running)

    def _on_panel_edited(self) -> None:
        self._revalidate()

    def _revalidate(self) -> None:
        config = copy.deepcopy(self._config)
        errors: list[tuple[str, str]] = []
        for panel in self.panels:
            errors.extend((error.field, config_error_text(error)) for error in panel.store_into(config))
        # The data set error already names the file, the line and the fix, so it is shown as it is.
        if self.data_panel.header_error:
            errors.append(("data.source", self.data_panel.header_error))

        if not errors:
            try:
                validate(config)
            except ConfigError as error:
                errors.append((error.field, config_error_text(error)))

        if self._dataset_error and self._dataset_error_key == data_settings_key(config):
            errors.append(("data.source", self._dataset_error))

        self._config = config
        self._errors = errors
        self._show_errors(errors)

        self.config_edited.emit(copy.deepcopy(config))
        self.validity_changed.emit(not errors, self.error_message)

        self._update_schedule_preview(config)

    def _update_schedule_preview(self, config: RunConfig) -> None:
        # The preview runs after validation and its exceptions are only logged, because a plotting
        # error must never leave the window with a stale validity (Start enabled for an invalid config).
        try:
            self.schedule_panel.update_preview(config)
        except Exception:
            logger.exception("Could not draw the learning-rate preview for schedule %r", config.schedule.name)

    def _show_errors(self, errors: list[tuple[str, str]]) -> None:
        for panel in self.panels:
            panel.clear_errors()

        general = []
        for field_path, message in errors:
            panel = self._panel_for_field(field_path)
            if panel is not None and panel.is_field_visible(field_path):
                panel.show_error(field_path, message)
            else:
                general.append(message)

        self.general_error_label.setText("\n".join(general))
        self.general_error_label.setVisible(bool(general))

    def _panel_for_field(self, field_path: str) -> ConfigPanel | None:
        for panel in self.panels:
            if field_path in panel.field_paths:
                return panel
        return None

    def panel_error(self, field_path: str) -> str:
        """Return the error text shown under ``field_path``, or "" when none is shown there."""
        panel = self._panel_for_field(field_path)
        return panel.error_text(field_path) if panel is not None else ""
