"""One line of text for a run's tags, in which a tag may itself contain commas.

The Tags… dialog shows a run's tags separated by ", " and reads the edited
line back. A tag can contain a comma (the Add tag dialog and ``sweep --tag``
store any text as one tag), so such a tag is written in double quotes, as a
CSV field is: ``"a,b;c", qa``. A double quote inside a quoted tag is doubled.
:func:`parse_tag_list` reads the line with Python's CSV reader, so
``parse_tag_list(format_tag_list(tags))`` returns ``tags`` unchanged.
"""

from __future__ import annotations

import csv

SEPARATOR = ", "
QUOTE = '"'


def format_tag(tag: str) -> str:
    """Return ``tag`` as it appears in a tag line: in double quotes when it contains a comma or a quote."""
    if "," in tag or QUOTE in tag:
        return QUOTE + tag.replace(QUOTE, QUOTE * 2) + QUOTE
    return tag


def format_tag_list(tags) -> str:
    """Return ``tags`` as one line, separated by ", ", with each tag quoted as :func:`format_tag` does."""
    return SEPARATOR.join(format_tag(tag) for tag in tags)


def parse_tag_list(text: str) -> list[str]:
    """Split a tag line at the commas outside double quotes and return the tags, stripped and non-empty.

    Quotes around a tag are removed and a doubled quote inside them becomes
    one. An unclosed quote runs to the end of the line, as in a lenient CSV
    reader. Line breaks count as commas, because a tag line has one line.
    """
    line = ",".join(text.splitlines())
    fields = next(csv.reader([line], skipinitialspace=True, strict=False), [])
    return [field.strip() for field in fields if field.strip()]
