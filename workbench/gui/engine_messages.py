"""Window text for the engine's errors, in the user's language.

The engine (pure numpy, no Qt) raises its errors with English messages that
the command line prints unchanged. This module builds the window's text from
them in two ways:

- ConfigError, DatasetError and StoreError carry ``problem`` and ``fix``
  attributes. The sentence frame is translated, and each ``problem`` and
  ``fix`` goes through a catalog of the engine's constant texts and its
  formatted templates.
- ExpressionError, HyperparameterError, ScheduleError, SurfaceError and
  SweepError carry one sentence. The whole message is matched against a
  catalog of message templates, and the values it captures are put into the
  translated template. Some captured values are engine phrases themselves
  (the list of allowed formula parts, the grid spec examples, a wrapped
  error), and those are translated too.

A text the catalogs do not know stays in English, so no information is lost.

Every catalog entry is a literal inside ``QCoreApplication.translate`` with the
context "EngineMessages", so pyside6-lupdate extracts it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from workbench.engine.config import ConfigError
from workbench.engine.datasets import DatasetError
from workbench.engine.expression import ExpressionError
from workbench.engine.optimizers import HyperparameterError
from workbench.engine.schedules import ScheduleError
from workbench.engine.store import StoreError
from workbench.engine.surfaces import SurfaceError
from workbench.engine.sweep import SweepError

#: Engine errors whose whole message is one sentence, translated with :func:`translate_message`.
MESSAGE_ERRORS = (ExpressionError, HyperparameterError, ScheduleError, SurfaceError, SweepError)

#: Largest depth of messages inside captured values (e.g. a race path error that wraps an optimizer error).
MAX_MESSAGE_NESTING = 2

def _constant_phrases() -> dict[str, str]:
    """Map each constant English problem or fix the engine raises to its window text."""
    translate = QCoreApplication.translate
    return {
        # engine/config.py
        "missing": translate("EngineMessages", "missing"),
        "give the path of a CSV file with a header row": translate(
            "EngineMessages", "give the path of a CSV file with a header row"),
        "use a noise level such as 0.2": translate("EngineMessages", "use a noise level such as 0.2"),
        "use 2 to 10 classes": translate("EngineMessages", "use 2 to 10 classes"),
        "use a share between 0 and 0.9, e.g. 0.2": translate(
            "EngineMessages", "use a share between 0 and 0.9, e.g. 0.2"),
        "every layer needs 1 or more units": translate("EngineMessages", "every layer needs 1 or more units"),
        "give positive whole numbers, e.g. [16, 8], or [] for logistic regression": translate(
            "EngineMessages", "give positive whole numbers, e.g. [16, 8], or [] for logistic regression"),
        "too many layers": translate("EngineMessages", "too many layers"),
        "use at most 20 hidden layers": translate("EngineMessages", "use at most 20 hidden layers"),
        "a layer is too wide": translate("EngineMessages", "a layer is too wide"),
        "use at most 4096 units per layer": translate("EngineMessages", "use at most 4096 units per layer"),
        "use 0 to turn L2 off, or a value such as 0.01": translate(
            "EngineMessages", "use 0 to turn L2 off, or a value such as 0.01"),
        "use 1 (stochastic), 64, 128, 256, 512, or 0 for the whole training set": translate(
            "EngineMessages", "use 1 (stochastic), 64, 128, 256, 512, or 0 for the whole training set"),
        "use a positive learning rate such as 0.01": translate(
            "EngineMessages", "use a positive learning rate such as 0.01"),
        "use a value in [0, 1) such as 0.9 (beta, beta1) or 0.999 (beta2)": translate(
            "EngineMessages", "use a value in [0, 1) such as 0.9 (beta, beta1) or 0.999 (beta2)"),
        "use a small positive value such as 1e-8": translate(
            "EngineMessages", "use a small positive value such as 1e-8"),
        "must be true or false": translate("EngineMessages", "must be true or false"),
        "use true (the course's Adam) or false": translate("EngineMessages", "use true (the course's Adam) or false"),
        "use a value of 0 or more, e.g. 1": translate("EngineMessages", "use a value of 0 or more, e.g. 1"),
        "use a base in (0, 1], e.g. 0.95": translate("EngineMessages", "use a base in (0, 1], e.g. 0.95"),
        "use a positive k, e.g. 1": translate("EngineMessages", "use a positive k, e.g. 1"),
        "unknown choice": translate("EngineMessages", "unknown choice"),
        "must be a JSON object": translate("EngineMessages", "must be a JSON object"),
        "update Optimizer Workbench or save the config again with this version": translate(
            "EngineMessages", "update Optimizer Workbench or save the config again with this version"),
        "unknown section": translate("EngineMessages", "unknown section"),
        "must be text": translate("EngineMessages", "must be text"),
        "give the run a name in quotes, or leave it out": translate(
            "EngineMessages", "give the run a name in quotes, or leave it out"),
        "unknown setting": translate("EngineMessages", "unknown setting"),
        "check the path and the file's permissions": translate(
            "EngineMessages", "check the path and the file's permissions"),
        "save the file as UTF-8, or save the experiment again from the app": translate(
            "EngineMessages", "save the file as UTF-8, or save the experiment again from the app"),
        "fix the JSON syntax at that place": translate("EngineMessages", "fix the JSON syntax at that place"),
        # engine/datasets
        "no CSV file is given": translate("EngineMessages", "no CSV file is given"),
        "Choose a CSV file with a header row": translate("EngineMessages", "Choose a CSV file with a header row"),
        "is a folder, not a file": translate("EngineMessages", "is a folder, not a file"),
        "Choose a CSV file inside it": translate("EngineMessages", "Choose a CSV file inside it"),
        "Add more rows of data": translate("EngineMessages", "Add more rows of data"),
        "Give every row one value per header column, and quote values that contain the delimiter": translate(
            "EngineMessages",
            "Give every row one value per header column, and quote values that contain the delimiter"),
        "Check the path and the file's permissions": translate(
            "EngineMessages", "Check the path and the file's permissions"),
        "is UTF-16 or UTF-32 text, not UTF-8": translate("EngineMessages", "is UTF-16 or UTF-32 text, not UTF-8"),
        "this feature value is too large to standardize": translate(
            "EngineMessages", "this feature value is too large to standardize"),
        "Rescale the column so that its values stay within ±1e100, for example by changing its unit or taking its "
        "logarithm": translate(
            "EngineMessages", "Rescale the column so that its values stay within ±1e100, for example by changing its "
            "unit or taking its logarithm"),
        "is not a text file (it contains NUL bytes)": translate(
            "EngineMessages", "is not a text file (it contains NUL bytes)"),
        "Choose a CSV file, or export the data as CSV from the program that made it": translate(
            "EngineMessages", "Choose a CSV file, or export the data as CSV from the program that made it"),
        "Save the file as UTF-8 CSV": translate("EngineMessages", "Save the file as UTF-8 CSV"),
        "is empty": translate("EngineMessages", "is empty"),
        "Choose a CSV file with a header row and data rows": translate(
            "EngineMessages", "Choose a CSV file with a header row and data rows"),
        "Close every quoted field with a quote followed by the delimiter or the line end": translate(
            "EngineMessages", "Close every quoted field with a quote followed by the delimiter or the line end"),
        "Separate the columns with commas and name each one in the first row": translate(
            "EngineMessages", "Separate the columns with commas and name each one in the first row"),
        "the first row contains only numbers, so the file has no header row": translate(
            "EngineMessages", "the first row contains only numbers, so the file has no header row"),
        "Add a first row that names every column, e.g. x1,x2,label": translate(
            "EngineMessages", "Add a first row that names every column, e.g. x1,x2,label"),
        "this header column has no name": translate("EngineMessages", "this header column has no name"),
        "Name every column in the header row": translate("EngineMessages", "Name every column in the header row"),
        "Give every column a unique name": translate("EngineMessages", "Give every column a unique name"),
        "unknown label column": translate("EngineMessages", "unknown label column"),
        "a feature value is missing": translate("EngineMessages", "a feature value is missing"),
        "Fill in the value or delete the row; every feature column needs a number": translate(
            "EngineMessages", "Fill in the value or delete the row; every feature column needs a number"),
        "this feature value is not a number": translate("EngineMessages", "this feature value is not a number"),
        # The window's field is "Label column", so the window names it instead of label_column.
        "Write a number with a dot as the decimal point, or choose this column as label_column if it holds "
        "the class": translate(
            "EngineMessages",
            "Write a number with a dot as the decimal point, or choose this column as the Label column if it "
            "holds the class"),
        "this feature value is not finite": translate("EngineMessages", "this feature value is not finite"),
        "Replace it with a finite number": translate("EngineMessages", "Replace it with a finite number"),
        "the class label is missing": translate("EngineMessages", "the class label is missing"),
        "Fill in the class or delete the row": translate("EngineMessages", "Fill in the class or delete the row"),
        "Set label_column to the column that holds the classes": translate(
            "EngineMessages", "Set the Label column to the column that holds the classes"),
        "Fix the label, or clear data.class_names so the classes are read from this file": translate(
            "EngineMessages", "Fix the label, or clear data.class_names so the classes are read from this file"),
        "Add rows of another class, or set label_column to the column that holds the classes": translate(
            "EngineMessages", "Add rows of another class, or set the Label column to the column that holds the "
            "classes"),
        "unknown generated data set": translate("EngineMessages", "unknown generated data set"),
        "n_classes must be a whole number of 2 or more": translate(
            "EngineMessages", "n_classes must be a whole number of 2 or more"),
        "Use 2 or more classes": translate("EngineMessages", "Use 2 or more classes"),
        "noise must be a finite number of 0 or more": translate(
            "EngineMessages", "noise must be a finite number of 0 or more"),
        "seed must be a whole number of 0 or more": translate(
            "EngineMessages", "seed must be a whole number of 0 or more"),
        "Use a seed such as 0": translate("EngineMessages", "Use a seed such as 0"),
        "Use n_classes = 2, or choose spirals or blobs for more classes": translate(
            "EngineMessages", "Use n_classes = 2, or choose spirals or blobs for more classes"),
        "Use more samples, e.g. 400": translate("EngineMessages", "Use more samples, e.g. 400"),
        "Use a standard deviation such as 0.2, or 0 for clean shapes": translate(
            "EngineMessages", "Use a standard deviation such as 0.2, or 0 for clean shapes"),
        # engine/store
        "is a folder": translate("EngineMessages", "is a folder"),
        "give the path of a file, e.g. runs.sqlite3": translate(
            "EngineMessages", "give the path of a file, e.g. runs.sqlite3"),
        "choose a writable location": translate("EngineMessages", "choose a writable location"),
        "make the file and its folder writable, or choose another file": translate(
            "EngineMessages", "make the file and its folder writable, or choose another file"),
        "check the file's permissions, or choose another file": translate(
            "EngineMessages", "check the file's permissions, or choose another file"),
        "is closed": translate("EngineMessages", "is closed"),
        "open a new RunStore": translate("EngineMessages", "open a new RunStore"),
        "delete this run, or restore the file from a backup": translate(
            "EngineMessages", "delete this run, or restore the file from a backup"),
        "check the file's permissions and free disk space, or choose another file": translate(
            "EngineMessages", "check the file's permissions and free disk space, or choose another file"),
        "is not an SQLite database": translate("EngineMessages", "is not an SQLite database"),
        "choose another file, or move this one away so a new run history can be created": translate(
            "EngineMessages", "choose another file, or move this one away so a new run history can be created"),
        "check the file's permissions": translate("EngineMessages", "check the file's permissions"),
        "restore it from a backup, or move it away so a new run history can be created": translate(
            "EngineMessages", "restore it from a backup, or move it away so a new run history can be created"),
        "update Optimizer Workbench, or choose another file": translate(
            "EngineMessages", "update Optimizer Workbench, or choose another file"),
        "choose another file": translate("EngineMessages", "choose another file"),
        "restore it from a backup, or choose another file": translate(
            "EngineMessages", "restore it from a backup, or choose another file"),
    }


def _template_phrases() -> list[tuple[str, str]]:
    """List (English template, window template) pairs for the engine's formatted texts; {0}, {1} are the values."""
    translate = QCoreApplication.translate
    return [
        # engine/config.py
        ("must be a whole number from {0} to {1}",
         translate("EngineMessages", "must be a whole number from {0} to {1}")),
        ("use 10 to {0} samples, e.g. 400", translate("EngineMessages", "use 10 to {0} samples, e.g. 400")),
        ("use a seed from 0 to {0}", translate("EngineMessages", "use a seed from 0 to {0}")),
        ("train for 1 to {0} epochs", translate("EngineMessages", "train for 1 to {0} epochs")),
        ("use an interval of 1 to {0} epochs, e.g. 1000",
         translate("EngineMessages", "use an interval of 1 to {0} epochs, e.g. 1000")),
        ("must be a number in {0}", translate("EngineMessages", "must be a number in {0}")),
        ("use one of {0}", translate("EngineMessages", "use one of {0}")),
        ("cannot be read ({0})", translate("EngineMessages", "cannot be read ({0})")),
        ("is not UTF-8 text (byte {0} cannot be decoded)",
         translate("EngineMessages", "is not UTF-8 text (byte {0} cannot be decoded)")),
        ("is not valid JSON (line {0}, column {1}: {2})",
         translate("EngineMessages", "is not valid JSON (line {0}, column {1}: {2})")),
        ("this app reads config versions up to {0}",
         translate("EngineMessages", "this app reads config versions up to {0}")),
        # The brace is a parameter because every catalog text must be a valid format string.
        ("start the file with {0} and name the sections",
         translate("EngineMessages", "start the file with {0} and name the sections")),
        ("use only {0}, name and version", translate("EngineMessages", "use only {0}, name and version")),
        ("write the {0} settings as {1}", translate("EngineMessages", "write the {0} settings as {1}")),
        # engine/datasets
        ("file not found (looked for {0})", translate("EngineMessages", "file not found (looked for {0})")),
        ("Check the spelling, give an absolute path, or use a shipped set: {0}",
         translate("EngineMessages", "Check the spelling, give an absolute path, or use a shipped set: {0}")),
        ("only {0} data row(s) below the header, at least {1} are needed",
         translate("EngineMessages", "only {0} data row(s) below the header, at least {1} are needed")),
        ("this row has {0} field(s) but the header has {1}",
         translate("EngineMessages", "this row has {0} field(s) but the header has {1}")),
        ("is not UTF-8 text (byte {0} at line {1}, byte {2})",
         translate("EngineMessages", "is not UTF-8 text (byte {0} at line {1}, byte {2})")),
        ("is not valid CSV ({0}) in the row starting here",
         translate("EngineMessages", "is not valid CSV ({0}) in the row starting here")),
        ("the header has {0} column(s), at least 2 are needed (features and a label)",
         translate("EngineMessages", "the header has {0} column(s), at least 2 are needed (features and a label)")),
        ("the column name is used twice (also column {0})",
         translate("EngineMessages", "the column name is used twice (also column {0})")),
        ("Use one of the columns {0}, or leave label_column empty for the last column",
         translate("EngineMessages", "Use one of the columns {0}, or choose (last column) as the Label column")),
        ("the label column {0} has {1} distinct values, more than the {2} classes allowed, so it looks like a "
         "measurement",
         translate("EngineMessages", "the label column {0} has {1} distinct values, more than the {2} classes "
                   "allowed, so it looks like a measurement")),
        ("this label is not one of the kept class names {0}",
         translate("EngineMessages", "this label is not one of the kept class names {0}")),
        ("the label column {0} contains only the class {1}, at least 2 classes are needed",
         translate("EngineMessages", "the label column {0} contains only the class {1}, at least 2 classes are "
                   "needed")),
        ("the {0} set has exactly 2 classes", translate("EngineMessages", "the {0} set has exactly 2 classes")),
        ("n_samples must be a whole number of at least n_classes ({0})",
         translate("EngineMessages", "n_samples must be a whole number of at least n_classes ({0})")),
        ("Use one of {0}", translate("EngineMessages", "Use one of {0}")),
        # engine/store
        ("cannot create its folder ({0})", translate("EngineMessages", "cannot create its folder ({0})")),
        ("is read-only, so no run can be stored in it ({0})",
         translate("EngineMessages", "is read-only, so no run can be stored in it ({0})")),
        ("cannot be opened for writing ({0})", translate("EngineMessages", "cannot be opened for writing ({0})")),
        ("cannot be opened ({0})", translate("EngineMessages", "cannot be opened ({0})")),
        ("is damaged (SQLite quick_check: {0})", translate("EngineMessages", "is damaged (SQLite quick_check: {0})")),
        ("is damaged or truncated ({0})", translate("EngineMessages", "is damaged or truncated ({0})")),
        ("has an invalid schema version {0}", translate("EngineMessages", "has an invalid schema version {0}")),
        ("was written by a newer Optimizer Workbench (schema version {0}; this version reads up to {1})",
         translate("EngineMessages",
                   "was written by a newer Optimizer Workbench (schema version {0}; this version reads up to {1})")),
        ("is an SQLite database of another program (tables: {0})",
         translate("EngineMessages", "is an SQLite database of another program (tables: {0})")),
        ("lacks the table {0} of schema version {1}",
         translate("EngineMessages", "lacks the table {0} of schema version {1}")),
        ("lacks the columns {0} in table {1} of schema version {2}",
         translate("EngineMessages", "lacks the columns {0} in table {1} of schema version {2}")),
        ("has a damaged iteration record in run {0} (chunk at iteration {1} with {2} values, expected it at {3})",
         translate("EngineMessages", "has a damaged iteration record in run {0} (chunk at iteration {1} with {2} "
                   "values, expected it at {3})")),
        ("stopped recording run {0} after a failed write ({1})",
         translate("EngineMessages", "stopped recording run {0} after a failed write ({1})")),
    ]


def _message_phrases() -> list[tuple[str, str, tuple[int, ...]]]:
    """List (English template, window template, groups to translate) for one-sentence engine errors.

    {0}, {1} ... capture the values of the English message. The captured values
    at the listed group indices are engine phrases, so they go through
    :func:`translate_message` before they are put into the window template.
    """
    translate = QCoreApplication.translate
    return [
        # engine/expression.py
        ("name '{0}' is not allowed: names starting with '_' are rejected; use {1}.",
         translate("EngineMessages", "name '{0}' is not allowed: names starting with '_' are rejected; use {1}."),
         (1,)),
        ("'{0}' is a Python keyword, and keywords are not allowed; use {1}.",
         translate("EngineMessages", "'{0}' is a Python keyword, and keywords are not allowed; use {1}."), (1,)),
        ("string {0} is not allowed: a formula has no text values; use {1}.",
         translate("EngineMessages", "string {0} is not allowed: a formula has no text values; use {1}."), (1,)),
        ("'{0}' is not allowed: attribute access is rejected; write decimals as 0.5 and use {1}.",
         translate("EngineMessages",
                   "'{0}' is not allowed: attribute access is rejected; write decimals as 0.5 and use {1}."), (1,)),
        ("'{0}' is not allowed: a '.' outside a number is rejected; write decimals as 0.5 and use {1}.",
         translate("EngineMessages",
                   "'{0}' is not allowed: a '.' outside a number is rejected; write decimals as 0.5 and use {1}."),
         (1,)),
        ("'{0}' is not allowed: subscripts are rejected; use parentheses ( ) for grouping.",
         translate("EngineMessages", "'{0}' is not allowed: subscripts are rejected; use parentheses ( ) for grouping."),
         ()),
        ("',' is not allowed: every function takes exactly one argument.",
         translate("EngineMessages", "',' is not allowed: every function takes exactly one argument."), ()),
        ("'−' (Unicode minus) is not allowed; type the ASCII '-' instead.",
         translate("EngineMessages", "'−' (Unicode minus) is not allowed; type the ASCII '-' instead."), ()),
        ("character {0} is not allowed; use {1}.",
         translate("EngineMessages", "character {0} is not allowed; use {1}."), (1,)),
        ("the formula is empty; type a function of x and y such as x**2 - y**2.",
         translate("EngineMessages", "the formula is empty; type a function of x and y such as x**2 - y**2."), ()),
        ("the formula is nested more than {0} levels deep at {1}; simplify it or remove redundant parentheses and "
         "signs.",
         translate("EngineMessages", "the formula is nested more than {0} levels deep at {1}; simplify it or remove "
                   "redundant parentheses and signs."), ()),
        ("exponent '{0}' is {1}, outside the allowed range [-{2}, {3}]; use a smaller power.",
         translate("EngineMessages", "exponent '{0}' is {1}, outside the allowed range [-{2}, {3}]; use a smaller power."),
         ()),
        ("number '{0}' is too large for a 64-bit float; use a value below 1e308.",
         translate("EngineMessages", "number '{0}' is too large for a 64-bit float; use a value below 1e308."), ()),
        ("empty parentheses '()' are not allowed; put an expression inside them.",
         translate("EngineMessages", "empty parentheses '()' are not allowed; put an expression inside them."), ()),
        ("'{0}' is not a function; write {1}*(...) to multiply.",
         translate("EngineMessages", "'{0}' is not a function; write {1}*(...) to multiply."), ()),
        ("unknown function '{0}'; use {1}.", translate("EngineMessages", "unknown function '{0}'; use {1}."), (1,)),
        ("unknown name '{0}'; use {1}.", translate("EngineMessages", "unknown name '{0}'; use {1}."), (1,)),
        ("function '{0}' needs its argument in parentheses, e.g. {1}(x).",
         translate("EngineMessages", "function '{0}' needs its argument in parentheses, e.g. {1}(x)."), ()),
        ("'(' at position {0} is never closed; add ')'.",
         translate("EngineMessages", "'(' at position {0} is never closed; add ')'."), ()),
        ("the formula ends too early; complete the last operation.",
         translate("EngineMessages", "the formula ends too early; complete the last operation."), ()),
        ("')' has no matching '('; remove it or add '(' before.",
         translate("EngineMessages", "')' has no matching '('; remove it or add '(' before."), ()),
        ("'{0}' is not expected here; use {1}.", translate("EngineMessages", "'{0}' is not expected here; use {1}."),
         (1,)),
        ("an operator is missing before '{0}'; write multiplication explicitly, e.g. 2*x.",
         translate("EngineMessages", "an operator is missing before '{0}'; write multiplication explicitly, e.g. 2*x."),
         ()),
        ("the formula must be text, not {0}.", translate("EngineMessages", "the formula must be text, not {0}."), ()),
        ("the formula is {0} characters long; the limit is {1}, so shorten it.",
         translate("EngineMessages", "the formula is {0} characters long; the limit is {1}, so shorten it."), ()),
        # engine/expression.py raises these as plain ValueError: the window shows them for the formula's domain.
        ("domain = {0} is invalid: give four numbers x_min, x_max, y_min, y_max, e.g. (-2, 2, -2, 2).",
         translate("EngineMessages",
                   "domain = {0} is invalid: give four numbers x_min, x_max, y_min, y_max, e.g. (-2, 2, -2, 2)."), ()),
        ("domain = {0} is invalid: it needs finite bounds with x_min < x_max and y_min < y_max.",
         translate("EngineMessages",
                   "domain = {0} is invalid: it needs finite bounds with x_min < x_max and y_min < y_max."), ()),
        # engine/optimizers.py and engine/landscape.py
        ("{0} = {1} is invalid: it must lie in [0, 1); the course uses 0.9 for beta and beta1 and 0.999 for beta2.",
         translate("EngineMessages", "{0} = {1} is invalid: it must lie in [0, 1); the course uses 0.9 for beta and "
                   "beta1 and 0.999 for beta2."), ()),
        ("{0} = {1} is invalid: it must be greater than 0; try 0.01 and tune it on a log scale.",
         translate("EngineMessages",
                   "{0} = {1} is invalid: it must be greater than 0; try 0.01 and tune it on a log scale."), ()),
        ("{0} = {1} is invalid: it must be greater than 0; the course uses 1e-8.",
         translate("EngineMessages", "{0} = {1} is invalid: it must be greater than 0; the course uses 1e-8."), ()),
        ("optimizer = {0} is unknown; choose one of {1}.",
         translate("EngineMessages", "optimizer = {0} is unknown; choose one of {1}."), ()),
        ("path {0} ({1}): {2}", translate("EngineMessages", "path {0} ({1}): {2}"), (2,)),
        # engine/schedules.py
        ("schedule = {0} is unknown; choose one of {1}.",
         translate("EngineMessages", "schedule = {0} is unknown; choose one of {1}."), ()),
        ("decay_rate = {0} is invalid: it must be 0 or greater, e.g. 1.",
         translate("EngineMessages", "decay_rate = {0} is invalid: it must be 0 or greater, e.g. 1."), ()),
        ("base = {0} is invalid: it must lie in (0, 1], e.g. 0.95.",
         translate("EngineMessages", "base = {0} is invalid: it must lie in (0, 1], e.g. 0.95."), ()),
        ("k = {0} is invalid: it must be greater than 0, e.g. 1.",
         translate("EngineMessages", "k = {0} is invalid: it must be greater than 0, e.g. 1."), ()),
        ("interval = {0} is invalid: it must be a whole number of epochs, 1 or more.",
         translate("EngineMessages", "interval = {0} is invalid: it must be a whole number of epochs, 1 or more."),
         ()),
        ("epoch = {0} is invalid: epochs are counted from 0.",
         translate("EngineMessages", "epoch = {0} is invalid: epochs are counted from 0."), ()),
        # engine/surfaces.py
        ("condition_number = {0} is invalid: it must be a number in [1, 1e6]. Try 20 for a clearly elongated bowl.",
         translate("EngineMessages", "condition_number = {0} is invalid: it must be a number in [1, 1e6]. Try 20 "
                   "for a clearly elongated bowl."), ()),
        ("surface = {0} is unknown; choose one of {1}.",
         translate("EngineMessages", "surface = {0} is unknown; choose one of {1}."), ()),
        ("parameter {0} is unknown for surface {1}; it takes {2}.",
         translate("EngineMessages", "parameter {0} is unknown for surface {1}; it takes {2}."), (2,)),
        # engine/sweep.py
        ("sort key {0} is unknown; use one of {1}", translate("EngineMessages", "sort key {0} is unknown; use one of {1}"),
         ()),
        ("grid spec {0}: setting {1} is unknown; use one of {2} or a dotted config field such as network.l2",
         translate("EngineMessages", "grid spec {0}: setting {1} is unknown; use one of {2} or a dotted config "
                   "field such as network.l2"), ()),
        ("grid spec {0}: {1} {2} is not a number; {3}",
         translate("EngineMessages", "grid spec {0}: {1} {2} is not a number; {3}"), (1, 3)),
        ("grid spec {0}: {1} {2} must be a finite number; {3}",
         translate("EngineMessages", "grid spec {0}: {1} {2} must be a finite number; {3}"), (1, 3)),
        ("grid spec {0}: a:b ranges take whole numbers, e.g. seed=0:4; for other numbers write a:b:lin:n or a:b:log:n",
         translate("EngineMessages", "grid spec {0}: a:b ranges take whole numbers, e.g. seed=0:4; for other "
                   "numbers write a:b:lin:n or a:b:log:n"), ()),
        ("grid spec {0}: the range {1}:{2} is empty; write the smaller number first",
         translate("EngineMessages", "grid spec {0}: the range {1}:{2} is empty; write the smaller number first"), ()),
        ("grid spec {0}: {1} values are too many; use at most {2}",
         translate("EngineMessages", "grid spec {0}: {1} values are too many; use at most {2}"), ()),
        ("grid spec {0}: the count {1} must be a whole number, e.g. 7",
         translate("EngineMessages", "grid spec {0}: the count {1} must be a whole number, e.g. 7"), ()),
        ("grid spec {0}: the count {1} must be between 1 and {2}",
         translate("EngineMessages", "grid spec {0}: the count {1} must be between 1 and {2}"), ()),
        ("grid spec {0}: a log scale needs positive ends, not {1} and {2}; use lin for ranges that include 0",
         translate("EngineMessages", "grid spec {0}: a log scale needs positive ends, not {1} and {2}; use lin for "
                   "ranges that include 0"), ()),
        ("grid spec {0}: the scale {1} is unknown; use log or lin, e.g. learning_rate=1e-4:1e-1:log:7",
         translate("EngineMessages", "grid spec {0}: the scale {1} is unknown; use log or lin, e.g. "
                   "learning_rate=1e-4:1e-1:log:7"), ()),
        ("grid spec {0}: a range is start:stop (whole numbers) or start:stop:log:count or start:stop:lin:count; {1}",
         translate("EngineMessages", "grid spec {0}: a range is start:stop (whole numbers) or start:stop:log:count "
                   "or start:stop:lin:count; {1}"), (1,)),
        ("grid spec {0}: {1} takes true or false, not {2}",
         translate("EngineMessages", "grid spec {0}: {1} takes true or false, not {2}"), ()),
        ("grid spec {0}: {1} takes whole numbers, not {2}",
         translate("EngineMessages", "grid spec {0}: {1} takes whole numbers, not {2}"), ()),
        ("grid spec {0}: {1} takes numbers, not {2}",
         translate("EngineMessages", "grid spec {0}: {1} takes numbers, not {2}"), ()),
        ("grid spec {0}: {1} cannot be swept; sweep numbers, true/false or names",
         translate("EngineMessages", "grid spec {0}: {1} cannot be swept; sweep numbers, true/false or names"), ()),
        ("grid spec {0} is invalid: write NAME=VALUES, {1}",
         translate("EngineMessages", "grid spec {0} is invalid: write NAME=VALUES, {1}"), (1,)),
        ("grid spec {0} has an empty value; separate values with single commas, e.g. beta1=0.8,0.9,0.99",
         translate("EngineMessages", "grid spec {0} has an empty value; separate values with single commas, e.g. "
                   "beta1=0.8,0.9,0.99"), ()),
        ("grid spec {0} gives {1} more than once (whole-number settings are rounded); list each value once or use "
         "fewer log steps",
         translate("EngineMessages", "grid spec {0} gives {1} more than once (whole-number settings are rounded); "
                   "list each value once or use fewer log steps"), ()),
        ("a sweep needs at least one grid axis, {0}",
         translate("EngineMessages", "a sweep needs at least one grid axis, {0}"), (0,)),
        ("a sweep takes one or two grid axes, not {0}; run several sweeps for more settings",
         translate("EngineMessages", "a sweep takes one or two grid axes, not {0}; run several sweeps for more "
                   "settings"), ()),
        ("grid axes {0} and {1} both set {2}; sweep each setting on one axis only",
         translate("EngineMessages", "grid axes {0} and {1} both set {2}; sweep each setting on one axis only"), ()),
        ("the grid has {0} cells, more than {1}; use fewer values per axis",
         translate("EngineMessages", "the grid has {0} cells, more than {1}; use fewer values per axis"), ()),
        ("max_workers = {0} is invalid; use 1 or more worker processes",
         translate("EngineMessages", "max_workers = {0} is invalid; use 1 or more worker processes"), ()),
        ("running a sweep on a Dask cluster needs the optional dask extra; install it with pip install "
         "\"optimizer-workbench[dask]\" (or pip install \"dask[distributed]\")",
         translate("EngineMessages", "running a sweep on a Dask cluster needs the optional dask extra; install it "
                   "with pip install \"optimizer-workbench[dask]\" (or pip install \"dask[distributed]\")"), ()),
        ("cannot connect to the Dask scheduler at {0} within {1} s ({2}); check the address, e.g. "
         "tcp://127.0.0.1:8786, and that the scheduler is running",
         translate("EngineMessages", "cannot connect to the Dask scheduler at {0} within {1} s ({2}); check the "
                   "address, e.g. tcp://127.0.0.1:8786, and that the scheduler is running"), ()),
    ]


def _value_phrases() -> list[tuple[str, str]]:
    """List (English template, window template) pairs for engine phrases that appear inside a message."""
    translate = QCoreApplication.translate
    return [
        # engine/expression.py: the parts a formula may contain, followed by the function names
        ("numbers, x, y, pi, e, + - * / ** ^, parentheses and the functions {0}",
         translate("EngineMessages", "numbers, x, y, pi, e, + - * / ** ^, parentheses and the functions {0}")),
        # engine/surfaces.py: what a surface without parameters takes
        ("no parameters", translate("EngineMessages", "no parameters")),
        # engine/sweep.py: the ends of a start:stop:scale:count range, and the grid spec examples
        ("start", translate("EngineMessages", "start")),
        ("stop", translate("EngineMessages", "stop")),
        ("e.g. learning_rate=1e-4:1e-1:log:7, beta1=0.8,0.9,0.99 or seed=0:4",
         translate("EngineMessages", "e.g. learning_rate=1e-4:1e-1:log:7, beta1=0.8,0.9,0.99 or seed=0:4")),
    ]


@lru_cache(maxsize=None)
def _template_pattern(template: str) -> re.Pattern:
    """Compile an English template into a regex whose groups capture its {n} values."""
    parts = re.split(r"\{\d\}", template)
    return re.compile("^" + "(.+?)".join(re.escape(part) for part in parts) + "$", re.DOTALL)


def translate_phrase(text: str) -> str:
    """Return the window text for one engine ``problem`` or ``fix``; unknown text comes back unchanged."""
    constant = _constant_phrases().get(text)
    if constant is not None:
        return constant

    for english, window_template in _template_phrases():
        match = _template_pattern(english).match(text)
        if match is not None:
            return window_template.format(*match.groups())
    return text


def translate_message(text: str, nesting: int = 0) -> str:
    """Return the window text for one whole engine message; unknown text comes back unchanged.

    The values captured at a template's listed groups are translated as engine
    phrases, or as messages themselves up to :data:`MAX_MESSAGE_NESTING` levels.
    """
    for english, window_template, translated_groups in _message_phrases():
        match = _template_pattern(english).match(text)
        if match is None:
            continue

        values = list(match.groups())
        for index in translated_groups:
            values[index] = _translate_value(values[index], nesting)
        return window_template.format(*values)
    return text


def _translate_value(text: str, nesting: int) -> str:
    for english, window_template in _value_phrases():
        match = _template_pattern(english).match(text)
        if match is not None:
            return window_template.format(*match.groups())

    if nesting < MAX_MESSAGE_NESTING:
        return translate_message(text, nesting + 1)
    return text


def config_error_text(error: ConfigError) -> str:
    """Return the window text of a ConfigError: "field = value: problem; fix" with the parts translated."""
    return QCoreApplication.translate("EngineMessages", "{0} = {1}: {2}; {3}").format(
        error.field, repr(error.value), translate_phrase(error.problem), translate_phrase(error.fix))


def dataset_error_text(error: DatasetError) -> str:
    """Return the window text of a DatasetError: the place (file, line, column), the value, the problem and the fix."""
    place = []
    if error.path is not None:
        place.append(error.path)
    if error.line is not None:
        place.append(QCoreApplication.translate("EngineMessages", "line {0}").format(error.line))
    if error.column is not None and error.column_name:
        place.append(QCoreApplication.translate("EngineMessages", "column {0} ({1})").format(
            error.column, repr(error.column_name)))
    elif error.column is not None:
        place.append(QCoreApplication.translate("EngineMessages", "column {0}").format(error.column))

    prefix = QCoreApplication.translate("EngineMessages", ", ").join(place)
    if prefix:
        prefix = QCoreApplication.translate("EngineMessages", "{0}: ").format(prefix)
    if error.value is not None:
        prefix += QCoreApplication.translate("EngineMessages", "value {0}: ").format(repr(error.value))

    return QCoreApplication.translate("EngineMessages", "{0}{1}. {2}.").format(
        prefix, translate_phrase(error.problem), translate_phrase(error.fix))


def store_error_text(error: StoreError) -> str:
    """Return the window text of a StoreError: "Run history <path>: problem. Fix." with the parts translated."""
    fix = translate_phrase(error.fix)
    fix = fix[:1].upper() + fix[1:]
    return QCoreApplication.translate("EngineMessages", "Run history {0}: {1}. {2}.").format(
        error.path, translate_phrase(error.problem), fix)


def engine_error_text(error: Exception) -> str:
    """Return the window text of any engine error; other exceptions give their str() unchanged."""
    if isinstance(error, ConfigError):
        return config_error_text(error)
    if isinstance(error, DatasetError):
        return dataset_error_text(error)
    if isinstance(error, StoreError):
        return store_error_text(error)
    if isinstance(error, MESSAGE_ERRORS):
        return translate_message(str(error))
    return str(error)
