"""Maintain the Chinese (zh_CN) translation catalogs of the desktop GUI.

Usage, from the repository root::

    python tools/translations.py update    # extract GUI strings into workbench_zh_CN.ts
    python tools/translations.py compile   # build the .qm file of every catalog
    python tools/translations.py check     # list unfinished or inconsistent translations

There are two catalogs under ``resources/translations/``:

``workbench_zh_CN.ts``
    The app's own texts. ``update`` runs Qt's ``lupdate`` over every ``.py``
    file under ``workbench/gui/`` and merges the result into it. Existing
    translations are kept and strings that left the code are dropped
    (``-no-obsolete``).
``qt_extra_zh_CN.ts``
    Texts of Qt's own dialogs that Qt's ``qtbase_zh_CN.qm`` lacks, under
    Qt's exact contexts, source texts and disambiguation comments. It is
    edited by hand because lupdate cannot extract Qt's C++ sources.
``pyqtgraph_zh_CN.ts``
    Texts of pyqtgraph's plot context menus and Export dialog, which
    pyqtgraph passes to ``QCoreApplication.translate`` but ships no Chinese
    catalog for. It is edited by hand too.

``compile`` runs ``lrelease`` to write each catalog's ``.qm`` file beside
its ``.ts`` file. ``check`` exits with status 1 and lists every message whose
translation is unfinished or empty, or whose placeholders (``{0}``,
``{name}``, ``{value:.3f}``, ``%n``, ``%1``) differ from the source text.
``--ts`` (and ``--qm`` for ``compile``) limit a command to one file.

The Qt tools come from PySide6: the ``pyside6-lupdate`` and
``pyside6-lrelease`` wrappers beside the running interpreter or on ``PATH``,
else the ``lupdate`` and ``lrelease`` executables inside the PySide6 package.
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
GUI_SOURCE_DIR = REPOSITORY_ROOT / "workbench" / "gui"
TRANSLATIONS_DIR = REPOSITORY_ROOT / "resources" / "translations"
TS_PATH = TRANSLATIONS_DIR / "workbench_zh_CN.ts"
QM_PATH = TRANSLATIONS_DIR / "workbench_zh_CN.qm"
QT_EXTRA_TS_PATH = TRANSLATIONS_DIR / "qt_extra_zh_CN.ts"
QT_EXTRA_QM_PATH = TRANSLATIONS_DIR / "qt_extra_zh_CN.qm"
PYQTGRAPH_TS_PATH = TRANSLATIONS_DIR / "pyqtgraph_zh_CN.ts"
PYQTGRAPH_QM_PATH = TRANSLATIONS_DIR / "pyqtgraph_zh_CN.qm"
SOURCE_LANGUAGE = "en"
TARGET_LANGUAGE = "zh_CN"

# Qt's own place markers: %n is the count of a plural message, %1..%99 are
# QString::arg() positions and %L1 is the locale-aware form of %1.
QT_MARKER_PATTERN = re.compile(r"%L?[1-9][0-9]?|%n")


class TranslationToolError(RuntimeError):
    """A Qt tool is missing or failed, or a translation file cannot be read."""


@dataclass(frozen=True)
class Catalog:
    """One translation catalog: its source file, its compiled file and who writes its messages.

    ``extracted`` is True for the catalog that ``update`` fills from the GUI
    code with lupdate, and False for a catalog edited by hand.
    """

    ts_path: Path
    qm_path: Path
    extracted: bool


APP_CATALOG = Catalog(TS_PATH, QM_PATH, extracted=True)
QT_EXTRA_CATALOG = Catalog(QT_EXTRA_TS_PATH, QT_EXTRA_QM_PATH, extracted=False)
PYQTGRAPH_CATALOG = Catalog(PYQTGRAPH_TS_PATH, PYQTGRAPH_QM_PATH, extracted=False)
CATALOGS = (APP_CATALOG, QT_EXTRA_CATALOG, PYQTGRAPH_CATALOG)


@dataclass
class Message:
    """One translatable string of a .ts file and its translation.

    ``translations`` contains one text for a plain message and one text per
    plural form for a message with ``numerus="yes"``. ``comment`` is the
    disambiguation that is part of the lookup key (Qt's ``<comment>``), and
    ``translator_comment`` is a note for translators that Qt never looks up.
    """

    context: str
    source: str
    translations: list[str] = field(default_factory=list)
    unfinished: bool = False
    numerus: bool = False
    locations: list[str] = field(default_factory=list)
    comment: str = ""
    translator_comment: str = ""


def find_qt_tool(name: str) -> Path:
    """Return the path of Qt's ``lupdate`` or ``lrelease`` as shipped with PySide6.

    Raises TranslationToolError naming the places searched when none exists.
    """
    wrapper_name = f"pyside6-{name}"
    searched = []

    interpreter_dir = Path(sys.executable).parent
    for candidate in (interpreter_dir / wrapper_name, interpreter_dir / f"{wrapper_name}.exe"):
        searched.append(str(candidate))
        if candidate.is_file():
            return candidate

    on_path = shutil.which(wrapper_name)
    searched.append(f"{wrapper_name} on PATH")
    if on_path is not None:
        return Path(on_path)

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        package_dir = Path(next(iter(spec.submodule_search_locations)))
        for candidate in (package_dir / name, package_dir / f"{name}.exe"):
            searched.append(str(candidate))
            if candidate.is_file():
                return candidate

    raise TranslationToolError(
        f"Qt's {name} was not found (searched: {', '.join(searched)}). "
        'Install the GUI dependencies with `pip install -e ".[test]"` and run this script '
        "with the interpreter of that environment."
    )


def gui_sources(source_dir: Path = GUI_SOURCE_DIR) -> list[Path]:
    """Return every ``.py`` file under ``source_dir``, sorted, skipping ``__pycache__``."""
    return sorted(path for path in source_dir.rglob("*.py") if "__pycache__" not in path.parts)


def run_lupdate(sources: list[Path], ts_path: Path) -> None:
    """Extract the translatable strings of ``sources`` and merge them into ``ts_path``.

    The file keeps its existing translations. Messages that no longer occur in
    the sources are removed.
    """
    if not sources:
        raise TranslationToolError(
            f"no Python files were found under {GUI_SOURCE_DIR}, so there is nothing to translate; "
            "add the GUI modules first"
        )

    ts_path.parent.mkdir(parents=True, exist_ok=True)
    command = [
        str(find_qt_tool("lupdate")),
        *(str(path) for path in sources),
        "-ts", str(ts_path),
        "-source-language", SOURCE_LANGUAGE,
        "-target-language", TARGET_LANGUAGE,
        "-no-obsolete",
        "-silent",
    ]
    _run_tool(command)


def run_lrelease(ts_path: Path, qm_path: Path) -> None:
    """Compile ``ts_path`` into the binary ``qm_path`` that QTranslator loads."""
    if not ts_path.is_file():
        raise TranslationToolError(f"{ts_path} does not exist; create the app's catalog with "
                                   "`python tools/translations.py update`, or restore a hand-edited catalog from git")

    qm_path.parent.mkdir(parents=True, exist_ok=True)
    command = [str(find_qt_tool("lrelease")), str(ts_path), "-qm", str(qm_path), "-silent"]
    _run_tool(command)


def _run_tool(command: list[str]) -> None:
    logger.info("running %s", " ".join(command))
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        raise TranslationToolError(
            f"{Path(command[0]).name} failed with exit status {completed.returncode}: "
            f"{completed.stderr.strip() or completed.stdout.strip()}"
        )
    if completed.stderr.strip():
        logger.warning("%s: %s", Path(command[0]).name, completed.stderr.strip())


def read_messages(ts_path: Path) -> list[Message]:
    """Parse a Qt .ts file and return its current messages.

    Messages marked ``vanished`` or ``obsolete`` are left out because the app
    no longer shows them. Raises TranslationToolError when the file is missing
    or is not valid XML.
    """
    try:
        root = ElementTree.parse(ts_path).getroot()
    except FileNotFoundError:
        raise TranslationToolError(
            f"{ts_path} does not exist; create the app's catalog with `python tools/translations.py update`, "
            "or restore a hand-edited catalog from git"
        ) from None
    except ElementTree.ParseError as error:
        raise TranslationToolError(f"{ts_path} is not valid XML ({error}); restore it from git or re-run update") from None

    messages = []
    for context_element in root.iter("context"):
        context_name = context_element.findtext("name", default="")

        for message_element in context_element.iter("message"):
            translation_element = message_element.find("translation")
            translation_type = "" if translation_element is None else translation_element.get("type", "")
            if translation_type in ("vanished", "obsolete"):
                continue

            numerus = message_element.get("numerus") == "yes"
            if translation_element is None:
                texts = []
            elif numerus:
                texts = [form.text or "" for form in translation_element.iter("numerusform")]
            else:
                texts = [translation_element.text or ""]

            locations = [
                f"{location.get('filename', '?')}:{location.get('line', '?')}"
                for location in message_element.iter("location")
            ]
            messages.append(Message(
                context=context_name,
                source=message_element.findtext("source", default=""),
                translations=texts,
                unfinished=translation_type == "unfinished",
                numerus=numerus,
                locations=locations,
                comment=message_element.findtext("comment", default=""),
                translator_comment=message_element.findtext("translatorcomment", default=""),
            ))
    return messages


def placeholders(text: str) -> Counter[str]:
    """Count the placeholders of ``text``: str.format fields and Qt's %n / %1 markers.

    A format field is counted as written, e.g. ``{0}``, ``{name}`` or
    ``{value:.3f}``, so a translation must keep its format spec. Escaped braces
    (``{{`` and ``}}``) are not fields. Raises ValueError for a malformed
    format string such as a lone ``{``.
    """
    found: Counter[str] = Counter()

    for _literal, field_name, format_spec, conversion in string.Formatter().parse(text):
        if field_name is None:
            continue
        written = "{" + field_name
        if conversion:
            written += "!" + conversion
        if format_spec:
            written += ":" + format_spec
        found[written + "}"] += 1

    found.update(QT_MARKER_PATTERN.findall(text))
    return found


def find_problems(messages: list[Message]) -> list[str]:
    """Return one line per unfinished, empty or placeholder-mismatched translation."""
    problems = []

    for message in messages:
        label = f"[{message.context}] {message.source!r}"
        if message.comment:
            label += f" ({message.comment})"

        # PySide's self.tr() looks a string up under the bare class name.
        # lupdate from PySide6 6.11.3 records "QCoreApplication.self" for a self.tr() call that
        # follows a QCoreApplication.translate() expression statement in the same
        # function, and such an entry is never found at run time.
        if message.context.endswith(".self"):
            problems.append(
                f"{label}: context {message.context!r} names no class, so the app never looks it up "
                f"(at {', '.join(message.locations) or 'an unknown location'}); assign the result of "
                "QCoreApplication.translate() to a name there, then re-run update"
            )
            continue

        if message.unfinished:
            problems.append(f"{label}: translation is unfinished")
            continue
        if not message.translations or any(not text.strip() for text in message.translations):
            problems.append(f"{label}: translation is empty")
            continue

        try:
            expected = placeholders(message.source)
        except ValueError as error:
            problems.append(f"{label}: source text is not a valid format string ({error})")
            continue

        for text in message.translations:
            try:
                actual = placeholders(text)
            except ValueError as error:
                problems.append(f"{label}: translation {text!r} is not a valid format string ({error})")
                continue
            if actual != expected:
                problems.append(
                    f"{label}: translation {text!r} has placeholders {_format_counter(actual)} "
                    f"but the source has {_format_counter(expected)}"
                )
    return problems


def _format_counter(counter: Counter[str]) -> str:
    if not counter:
        return "none"
    return ", ".join(sorted(counter.elements()))


def _selected_catalogs(command: str, ts_path: Path | None, qm_path: Path | None) -> list[Catalog]:
    """Return the catalogs a command works on: the one named by ``--ts``, else every catalog it applies to."""
    if ts_path is not None:
        return [Catalog(ts_path, qm_path or ts_path.with_suffix(".qm"), extracted=command == "update")]
    if command == "update":
        return [catalog for catalog in CATALOGS if catalog.extracted]
    return list(CATALOGS)


def _check(ts_path: Path) -> int:
    """Print the problems of one catalog; return 0 when it has none, 1 otherwise."""
    problems = find_problems(read_messages(ts_path))

    for problem in problems:
        print(f"{os.path.relpath(ts_path)}: {problem}")
    if problems:
        print(f"{len(problems)} translation problems; fix them in Qt Linguist "
              f"(pyside6-linguist {os.path.relpath(ts_path)}) or by editing the file", file=sys.stderr)
        return 1
    print(f"{os.path.relpath(ts_path)}: every translation is finished and its placeholders match")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tools/translations.py",
        description="Update, compile and check the zh_CN translation catalogs of the GUI.",
    )
    parser.add_argument("command", choices=("update", "compile", "check"),
                        help="update: extract GUI strings into the app's .ts file; compile: write the .qm file of "
                        "every catalog; check: list unfinished translations and placeholder mismatches")
    parser.add_argument("--ts", type=Path, default=None,
                        help="work on this translation source file only (default: update uses "
                        f"{TS_PATH.name}; compile and check use every catalog in {TRANSLATIONS_DIR})")
    parser.add_argument("--qm", type=Path, default=None,
                        help="compiled file that compile writes for --ts (default: the .ts path with .qm)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    catalogs = _selected_catalogs(args.command, args.ts, args.qm)

    try:
        if args.command == "update":
            sources = gui_sources()
            for catalog in catalogs:
                run_lupdate(sources, catalog.ts_path)
                messages = read_messages(catalog.ts_path)
                unfinished = sum(1 for message in messages if message.unfinished)
                print(f"{catalog.ts_path}: {len(messages)} messages from {len(sources)} files, "
                      f"{unfinished} unfinished")
            return 0

        if args.command == "compile":
            for catalog in catalogs:
                run_lrelease(catalog.ts_path, catalog.qm_path)
                print(f"wrote {catalog.qm_path}")
            return 0

        statuses = [_check(catalog.ts_path) for catalog in catalogs]
    except TranslationToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    return max(statuses)


if __name__ == "__main__":
    sys.exit(main())
