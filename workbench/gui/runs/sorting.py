"""A sort-and-filter proxy that compares numbers as numbers and puts missing values last.

Source models return the value to sort by under :data:`SORT_ROLE`: a float,
an int, a string or None. NaN and None are "missing" and sort after every
present value in both directions, so a diverged run never tops a cost column.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

#: The item data role under which source models return their sort key.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def is_missing(value: object) -> bool:
    """Return True for None and float NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


class MissingLastProxyModel(QSortFilterProxyModel):
    """Sorts by :data:`SORT_ROLE`, numbers numerically and text case-insensitively, missing values last."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802 - Qt's name
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        left_value = left.data(SORT_ROLE)
        right_value = right.data(SORT_ROLE)
        left_missing = is_missing(left_value)
        right_missing = is_missing(right_value)

        # Qt reverses the comparison for descending order, so "missing is greater" must flip with it.
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left_missing or right_missing:
            if left_missing and right_missing:
                return False
            return right_missing != descending

        if isinstance(left_value, str) or isinstance(right_value, str):
            return str(left_value).casefold() < str(right_value).casefold()
        return left_value < right_value
