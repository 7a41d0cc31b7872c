"""Engine errors in the window: translated with the zh_CN catalog, unchanged English without it."""

from __future__ import annotations

import ast
import inspect
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workbench.engine import config as run_config
from workbench.engine.config import ConfigError, DataConfig, RunConfig
from workbench.engine.datasets import DatasetError, load_dataset
from workbench.engine.store import RunStore, StoreError
from workbench.gui.engine_messages import (
    MESSAGE_ERRORS, _constant_phrases, _message_phrases, _template_pattern, _template_phrases, _value_phrases,
    config_error_text, dataset_error_text, store_error_text, translate_message, translate_phrase,
)
from workbench.gui.panels.data_panel import DataPanel
from workbench.gui.panels.network_panel import NetworkPanel
from workbench.gui.worker import TrainingRunner

TEXT_FEATURE_CSV = "a,b,label\n1,2,x\n3,oops,y\n4,5,x\n6,7,y\n8,9,x\n"
ONE_CLASS_CSV = "a,b,label\n1,2,x\n3,4,x\n5,6,x\n7,8,x\n9,10,x\n"


def _dataset_error(tmp_path, name: str, text: str) -> DatasetError:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        load_dataset(DataConfig(source="csv", csv_path=str(path)))
    return caught.value


def _utf16_config_error(tmp_path) -> ConfigError:
    path = tmp_path / "utf16.json"
    path.write_text('{"name": "x"}', encoding="utf-16")
    with pytest.raises(ConfigError) as caught:
        run_config.load(path)
    return caught.value


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def _window_dataset_error(window, qtbot) -> str:
    qtbot.waitUntil(lambda: window.parameter_panel.panel_error("data.source") != "", timeout=5000)
    return window.parameter_panel.panel_error("data.source")


def test_config_error_english_unchanged(qapp, tmp_path):
    error = _utf16_config_error(tmp_path)

    assert config_error_text(error) == str(error)


def test_config_error_chinese(chinese, tmp_path):
    error = _utf16_config_error(tmp_path)

    text = config_error_text(error)

    assert "不是 UTF-8 文本" in text
    assert "请将文件保存为 UTF-8" in text
    assert str(error.value) in text


def test_textfeature_english_names_label_column(qapp, tmp_path):
    error = _dataset_error(tmp_path, "textfeat.csv", TEXT_FEATURE_CSV)

    text = dataset_error_text(error)

    assert text == str(error).replace("as label_column", "as the Label column")
    assert "line 3, column 2 ('b'): value 'oops': this feature value is not a number." in text


def test_textfeature_chinese(chinese, tmp_path):
    error = _dataset_error(tmp_path, "textfeat.csv", TEXT_FEATURE_CSV)

    text = dataset_error_text(error)

    assert "第 3 行" in text
    assert "第 2 列（'b'）" in text
    assert "'oops'" in text
    assert "该特征值不是数字" in text
    assert "标签列" in text
    assert "label_column" not in text


def test_one_class_chinese(chinese, tmp_path):
    error = _dataset_error(tmp_path, "oneclass.csv", ONE_CLASS_CSV)

    text = dataset_error_text(error)

    assert "标签列 'label' 只含类别 'x'" in text
    assert "请添加另一类别的行" in text


def test_unknown_phrase_falls_back(chinese):
    assert translate_phrase("a problem the catalog does not list") == "a problem the catalog does not list"
    error = ConfigError("optimizer.beta1", 2.0, "a brand new problem", "a brand new fix")
    assert "a brand new problem" in config_error_text(error)
    assert "a brand new fix" in config_error_text(error)


def test_store_error_both_languages(qapp, tmp_path):
    error = StoreError(tmp_path / "runs.sqlite3", "is not an SQLite database", "choose another file")

    assert store_error_text(error) == str(error)


def test_store_error_chinese(chinese, tmp_path):
    error = StoreError(tmp_path / "runs.sqlite3", "is damaged or truncated (disk I/O error)",
                       "restore it from a backup, or choose another file")

    text = store_error_text(error)

    assert "运行历史" in text
    assert "已损坏或被截断（disk I/O error）" in text
    assert "请从备份恢复它" in text


def test_foreign_database_error_chinese(chinese, tmp_path):
    path = tmp_path / "invoices.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    with pytest.raises(StoreError) as caught:
        RunStore(path)

    text = store_error_text(caught.value)

    assert "是其他程序的 SQLite 数据库（表：invoices）" in text
    assert "请选择其他文件" in text


def test_worker_store_failure_chinese(chinese, qtbot, small_config, tmp_path):
    store = RunStore(tmp_path / "closed.sqlite3")
    store.close()
    runner = TrainingRunner()
    messages, results = [], []
    runner.store_failed.connect(messages.append)
    runner.finished.connect(results.append)
    try:
        runner.start(small_config(epochs=1), store=store)
        qtbot.waitUntil(lambda: bool(results and messages), timeout=15_000)
    finally:
        runner.stop()

    assert messages[0].startswith(f"无法保存此运行。运行历史 {store.path}：已关闭。")
    assert "请打开新的 RunStore" in messages[0]
    assert not re.search(r"is closed|Run history|could not", messages[0])


def test_worker_store_failure_english(qapp, qtbot, small_config, tmp_path):
    store = RunStore(tmp_path / "closed.sqlite3")
    store.close()
    runner = TrainingRunner()
    messages, results = [], []
    runner.store_failed.connect(messages.append)
    runner.finished.connect(results.append)
    try:
        runner.start(small_config(epochs=1), store=store)
        qtbot.waitUntil(lambda: bool(results and messages), timeout=15_000)
    finally:
        runner.stop()

    assert messages == [f"The run could not be stored. Run history {store.path}: is closed. Open a new RunStore."]


def test_hidden_layers_panel_chinese(chinese, make_window, qtbot):
    window = make_window()
    window.findChild(NetworkPanel).hidden_layers_edit.setText("abc")

    text = window.parameter_panel.panel_error("network.hidden_layers")

    assert text.startswith("network.hidden_layers = 'abc'")
    assert _has_chinese(text)


def test_validate_range_template_chinese(chinese):
    config = RunConfig()
    config.optimizer.beta1 = 1.5
    with pytest.raises(ConfigError) as caught:
        run_config.validate(config)

    text = config_error_text(caught.value)

    assert "必须是 [0.0, 1.0) 内的数" in text
    assert "请使用 [0, 1) 内的值" in text


def test_window_csv_error_chinese(chinese, make_window, qtbot, tmp_path):
    path = tmp_path / "textfeat.csv"
    path.write_text(TEXT_FEATURE_CSV, encoding="utf-8")
    window = make_window()

    window.findChild(DataPanel).add_csv_file(path)
    text = _window_dataset_error(window, qtbot)

    assert "该特征值不是数字" in text
    assert "标签列" in text


def test_window_csv_error_english(make_window, qtbot, tmp_path):
    path = tmp_path / "oneclass.csv"
    path.write_text(ONE_CLASS_CSV, encoding="utf-8")
    window = make_window()

    window.findChild(DataPanel).add_csv_file(path)
    text = _window_dataset_error(window, qtbot)

    assert "contains only the class 'x', at least 2 classes are needed" in text
    assert "set the Label column to the column that holds the classes" in text


def test_open_utf16_message_box_chinese(chinese, make_window, tmp_path):
    path = tmp_path / "utf16.json"
    path.write_text('{"name": "x"}', encoding="utf-16")
    window = make_window()

    assert not window.open_experiment(path)

    box = window.last_message_box
    assert isinstance(box, QMessageBox)
    assert "不是 UTF-8 文本" in box.text()
    assert "is not UTF-8" not in box.text()
    box.close()


def test_data_error_label_fits_text(make_window, qtbot, tmp_path):
    path = tmp_path / "textfeat.csv"
    path.write_text(TEXT_FEATURE_CSV, encoding="utf-8")
    window = make_window()
    window.resize(1200, 800)

    window.findChild(DataPanel).add_csv_file(path)
    _window_dataset_error(window, qtbot)
    label = window.findChild(DataPanel).findChild(type(window.findChild(DataPanel)._error_labels["data.source"]),
                                                   "error:data.source")
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()), timeout=2000)

    assert label.heightForWidth(label.width()) > label.fontMetrics().height() * 2
    assert label.height() >= label.heightForWidth(label.width())


def test_status_message_elided(make_window, qtbot):
    window = make_window()
    window.resize(700, 500)
    message = "Cannot start: " + "network.hidden_layers = 'abc': a long message " * 8

    window.run_status_label.setText(message)
    qtbot.waitUntil(lambda: window.run_status_label.width() > 0, timeout=2000)

    shown = window.run_status_label.displayed_text()
    assert shown != message
    assert shown.endswith("…")
    assert window.run_status_label.toolTip() == message
    assert window.run_status_label.geometry().right() < window.epoch_label.geometry().left()


# --- every problem and fix the engine raises has a catalog entry -------------------------

ENGINE_DIR = Path(run_config.__file__).resolve().parent
ERROR_CLASSES = (ConfigError, DatasetError, StoreError)
ROLES = ("problem", "fix")


@dataclass
class EngineText:
    """One problem or fix argument of an engine error, as written in the source."""

    location: str
    role: str
    text: str  # the constant, or an f-string with each {value} replaced by a sample
    formatted: bool


def _parameter_names(function: ast.FunctionDef) -> list[str]:
    arguments = function.args
    return [argument.arg for argument in arguments.posonlyargs + arguments.args + arguments.kwonlyargs]


def _error_builders() -> dict[str, list[str]]:
    """Return the parameter names of the error classes' constructors, by class name."""
    builders = {}
    for error_class in ERROR_CLASSES:
        parameters = list(inspect.signature(error_class.__init__).parameters)
        builders[error_class.__name__] = parameters[1:]  # without self
    return builders


def _callee_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _role_arguments(call: ast.Call, parameters: list[str]) -> dict[str, ast.expr]:
    """Map "problem" and "fix" to the expressions that ``call`` passes for them, positional or keyword."""
    found = {}
    for index, argument in enumerate(call.args):
        if index < len(parameters) and parameters[index] in ROLES:
            found[parameters[index]] = argument
    for keyword in call.keywords:
        if keyword.arg in ROLES:
            found[keyword.arg] = keyword.value
    return found


def _sample_text(node: ast.expr) -> tuple[str, bool] | None:
    """Return the text of a constant or f-string argument, with sample values V0, V1 ... in the f-string's fields."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, False
    if isinstance(node, ast.JoinedStr):
        parts = []
        fields = 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(value.value)
            else:
                parts.append(f"V{fields}")
                fields += 1
        return "".join(parts), True
    return None


def _engine_modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
            for path in sorted(ENGINE_DIR.rglob("*.py"))]


def _engine_functions(modules: list[tuple[Path, ast.Module]]) -> list[tuple[Path, ast.FunctionDef]]:
    return [(path, node) for path, tree in modules for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _module_text_constants(modules: list[tuple[Path, ast.Module]]) -> dict[Path, dict[str, ast.expr]]:
    """Return each module's top-level ``NAME = "text"`` and ``NAME = f"text"`` assignments, by module and name."""
    constants: dict[Path, dict[str, ast.expr]] = {}
    for path, tree in modules:
        found = constants.setdefault(path, {})
        for statement in tree.body:
            if (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name) and _sample_text(statement.value) is not None):
                found[statement.targets[0].id] = statement.value
    return constants


def scan_engine_texts() -> tuple[list[EngineText], list[str]]:
    """Find every problem and fix text that workbench/engine passes to ConfigError, DatasetError or StoreError.

    Helpers that forward their own parameter to an error (such as config's
    ``_require``) count as error builders too, found by repeating the scan
    until no new helper turns up. A name of a module-level text constant is
    read as that constant. Returns the texts and a list of arguments the scan
    cannot read (neither a literal, a module's text constant nor a forwarded
    parameter).
    """
    builders = _error_builders()  # callee name -> its parameters, with "problem" and "fix" marking the roles
    modules = _engine_modules()
    functions = _engine_functions(modules)
    module_constants = _module_text_constants(modules)
    helper_signatures: dict[str, list[str]] = {}

    changed = True
    while changed:
        changed = False
        for _path, function in functions:
            own_parameters = _parameter_names(function)
            for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
                parameters = builders.get(_callee_name(call))
                if parameters is None:
                    continue
                for role, argument in _role_arguments(call, parameters).items():
                    if not (isinstance(argument, ast.Name) and argument.id in own_parameters):
                        continue
                    signature = helper_signatures.setdefault(function.name, own_parameters)
                    assert signature == own_parameters, f"two engine helpers named {function.name} build errors"
                    helper = builders.setdefault(function.name, list(own_parameters))
                    index = own_parameters.index(argument.id)
                    if helper[index] != role:
                        helper[index] = role
                        changed = True

    texts, unreadable = [], []
    for path, function in functions:
        own_parameters = _parameter_names(function)
        for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
            parameters = builders.get(_callee_name(call))
            if parameters is None:
                continue
            for role, argument in _role_arguments(call, parameters).items():
                location = f"{path.relative_to(ENGINE_DIR.parent.parent)}:{argument.lineno}"
                if isinstance(argument, ast.Name) and argument.id in own_parameters:
                    continue
                if isinstance(argument, ast.Name) and argument.id in module_constants[path]:
                    argument = module_constants[path][argument.id]
                sample = _sample_text(argument)
                if sample is None:
                    unreadable.append(f"{location} {role} = {ast.unparse(argument)}")
                    continue
                texts.append(EngineText(location, role, sample[0], sample[1]))
    return texts, unreadable


def test_engine_scan_finds_known_texts():
    texts, unreadable = scan_engine_texts()
    found = {text.text for text in texts}

    assert not unreadable, (
        f"engine error texts the scan cannot read; write them as literals or module-level text constants: {unreadable}"
    )
    assert "use a noise level such as 0.2" in found  # through _require_number
    assert "unknown choice" in found  # through _require_choice
    assert "is a folder, not a file" in found  # DatasetError
    assert "choose a writable location" in found  # StoreError
    assert "cannot create its folder (V0)" in found  # an f-string field becomes a sample


def test_every_engine_text_translated(chinese):
    texts, _unreadable = scan_engine_texts()

    untranslated = [f"{text.location} {text.role}: {text.text!r}" for text in texts
                    if not _has_chinese(translate_phrase(text.text))]

    assert texts
    assert not untranslated, (
        f"{len(untranslated)} engine texts stay English in the window; add them to "
        f"workbench/gui/engine_messages.py and translate them: {untranslated}"
    )


def test_every_catalog_entry_translated(chinese):
    samples = list(_constant_phrases())
    samples += [english.format(*(f"V{index}" for index in range(9))) for english, _window in _template_phrases()]

    untranslated = [sample for sample in samples if not _has_chinese(translate_phrase(sample))]

    assert not untranslated, f"catalog entries without a Chinese translation: {untranslated}"


def test_every_catalog_entry_still_raised():
    texts, _unreadable = scan_engine_texts()
    constants = {text.text for text in texts}

    stale_constants = [english for english in _constant_phrases() if english not in constants]
    stale_templates = [english for english, _window in _template_phrases()
                       if not any(_template_pattern(english).match(text.text) for text in texts)]

    assert not stale_constants, f"catalog texts the engine no longer raises: {stale_constants}"
    assert not stale_templates, f"catalog templates no engine text matches: {stale_templates}"


# --- every one-sentence engine error has a message template ---------------------------------

MESSAGE_ERROR_NAMES = {error_class.__name__ for error_class in MESSAGE_ERRORS}
# expression.py raises its domain errors as plain ValueError, and the surface chooser shows them.
PLAIN_VALUE_ERROR_MODULES = {"expression.py"}
# Code the Chinese texts keep in Latin letters: a shell command.
LATIN_CODE = re.compile(r"pip install")


@dataclass
class _SampleScope:
    """What a name inside an engine message may stand for, when the scan can tell."""

    module_constants: dict[str, ast.expr]
    local_values: dict[str, list[ast.expr]]  # every value assigned to the name in the function
    parameter_values: dict[str, list[ast.expr]]  # the argument at every call site of the function


def _message_variants(node: ast.expr, scope: _SampleScope, counter: list[int]) -> list[str]:
    """Return every text ``node`` can produce; a part the scan cannot resolve becomes a sample value V0, V1 ...

    Constants, f-strings, ``a if c else b``, ``+`` of texts, local names,
    module-level text constants and parameters that every caller passes as a
    constant are resolved, so a message built from them is checked in full.
    """
    def sample() -> list[str]:
        counter[0] += 1
        return [f"V{counter[0] - 1}"]

    def union(values: list[ast.expr]) -> list[str]:
        return [text for value in values for text in _message_variants(value, scope, counter)]

    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else sample()
    if isinstance(node, ast.IfExp):
        return union([node.body, node.orelse])
    if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
            and any(isinstance(side, (ast.Constant, ast.JoinedStr)) for side in (node.left, node.right))):
        return [left + right for left in _message_variants(node.left, scope, counter)
                for right in _message_variants(node.right, scope, counter)]
    if isinstance(node, ast.JoinedStr):
        texts = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                pieces = [part.value]
            elif part.format_spec is not None:
                pieces = sample()
            else:
                pieces = _message_variants(part.value, scope, counter)
                if part.conversion == ord("r"):
                    pieces = [piece if re.fullmatch(r"V\d+", piece) else repr(piece) for piece in pieces]
            texts = [text + piece for text in texts for piece in pieces]
        return texts
    if isinstance(node, ast.Name):
        if node.id in scope.local_values:
            return union(scope.local_values[node.id])
        if node.id in scope.parameter_values:
            return union(scope.parameter_values[node.id])
        if node.id in scope.module_constants:
            return _message_variants(scope.module_constants[node.id], scope, counter)
    return sample()


def _call_sites(tree: ast.Module) -> dict[str, list[ast.Call]]:
    """Return the calls in one module by callee name; private helpers of two modules may share a name."""
    sites: dict[str, list[ast.Call]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _callee_name(node) is not None:
            sites.setdefault(_callee_name(node), []).append(node)
    return sites


def _parameter_values(function: ast.FunctionDef, definitions: int, sites: dict[str, list[ast.Call]]
                      ) -> dict[str, list[ast.expr]]:
    """Map each parameter to the constants its module's callers pass, when every call site passes a constant."""
    parameters = _parameter_names(function)
    calls = sites.get(function.name, [])
    if definitions != 1 or not calls:
        return {}

    found: dict[str, list[ast.expr]] = {}
    for index, parameter in enumerate(parameters):
        values = []
        for call in calls:
            offset = 1 if parameters[:1] in (["self"], ["cls"]) and isinstance(call.func, ast.Attribute) else 0
            keywords = {keyword.arg: keyword.value for keyword in call.keywords}
            argument = keywords.get(parameter)
            if argument is None and 0 <= index - offset < len(call.args):
                argument = call.args[index - offset]
            values.append(argument)
        if all(isinstance(value, ast.Constant) and isinstance(value.value, str) for value in values):
            found[parameter] = values
    return found


def _local_values(function: ast.FunctionDef) -> dict[str, list[ast.expr]]:
    found: dict[str, list[ast.expr]] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found.setdefault(node.targets[0].id, []).append(node.value)
    return found


def scan_engine_messages() -> list[EngineText]:
    """Find every message that workbench/engine passes to a one-sentence error the window translates.

    Those are the classes in ``MESSAGE_ERRORS`` everywhere, and ValueError in
    ``PLAIN_VALUE_ERROR_MODULES``. Each message comes back once per text it can
    produce, with the parts the scan cannot resolve as V0, V1 ...
    """
    modules = _engine_modules()
    functions = _engine_functions(modules)
    module_constants = {path: _module_assignments(tree) for path, tree in modules}
    sites = {path: _call_sites(tree) for path, tree in modules}
    definitions: dict[tuple[Path, str], int] = {}
    for path, function in functions:
        definitions[path, function.name] = definitions.get((path, function.name), 0) + 1

    texts = []
    for path, function in functions:
        scope = _SampleScope(module_constants[path], _local_values(function),
                             _parameter_values(function, definitions[path, function.name], sites[path]))
        for call in (node for node in ast.walk(function) if isinstance(node, ast.Call)):
            name = _callee_name(call)
            if not (name in MESSAGE_ERROR_NAMES or (name == "ValueError" and path.name in PLAIN_VALUE_ERROR_MODULES)):
                continue
            keywords = {keyword.arg: keyword.value for keyword in call.keywords}
            message = call.args[0] if call.args else keywords.get("message")
            if message is None:
                continue
            location = f"{path.relative_to(ENGINE_DIR.parent.parent)}:{message.lineno}"
            for variant in _message_variants(message, scope, [0]):
                texts.append(EngineText(location, "message", variant, True))
    return texts


def _module_assignments(tree: ast.Module) -> dict[str, ast.expr]:
    return {statement.targets[0].id: statement.value for statement in tree.body
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)}


def _english_left(text: str) -> str | None:
    """Return the first run of two English words in ``text`` outside the code it may keep, or None."""
    match = re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", LATIN_CODE.sub("", text))
    return match.group() if match else None


def _value_pattern(template: str) -> re.Pattern:
    return re.compile("(.+?)".join(re.escape(part) for part in re.split(r"\{\d\}", template)), re.DOTALL)


def test_message_scan_resolves_parts():
    found = {text.text for text in scan_engine_messages()}

    assert any(text.startswith("unknown function 'V0'; use ") for text in found)
    assert any(text.startswith("unknown name 'V0'; use ") for text in found)
    assert "learning_rate = V0 is invalid: it must be greater than 0; try 0.01 and tune it on a log scale." in found
    assert "path V0 (V1): V2" in found
    assert any(text.startswith("grid spec V0: stop V1 is not a number; e.g. learning_rate=") for text in found)
    assert any("parentheses and the functions V" in text for text in found)


def test_every_engine_message_english_unchanged(qapp):
    texts = scan_engine_messages()

    changed = [text.text for text in texts if translate_message(text.text) != text.text]

    assert texts
    assert not changed, f"messages the English window shows differently from the engine: {changed}"


def test_every_engine_message_translated(chinese):
    texts = scan_engine_messages()

    untranslated = []
    for text in texts:
        window_text = translate_message(text.text)
        if not _has_chinese(window_text) or _english_left(window_text):
            untranslated.append(f"{text.location}: {text.text!r} -> {window_text!r}")

    assert not untranslated, (
        f"{len(untranslated)} engine messages stay English in the window; add a template to _message_phrases or "
        f"_value_phrases in workbench/gui/engine_messages.py and translate it: {untranslated}"
    )


def test_every_message_template_still_raised():
    texts = [text.text for text in scan_engine_messages()]

    stale_messages = [english for english, _window, _groups in _message_phrases()
                      if not any(_template_pattern(english).match(text) for text in texts)]
    stale_values = [english for english, _window in _value_phrases()
                    if not any(_value_pattern(english).search(text) for text in texts)]

    assert not stale_messages, f"message templates no engine message matches: {stale_messages}"
    assert not stale_values, f"value phrases no engine message contains: {stale_values}"
