"""A log-scale axis that labels fewer ticks when the plot is short, so tick labels never overlap."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

#: Minimum distance between two neighbouring ticks, in pixels; about two lines of tick text at 9 pt.
MIN_TICK_SPACING_PIXELS = 24.0

#: Mantissas m (ticks at m·10^k) tried from the densest to the sparsest set.
MANTISSA_SETS = ((1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 5), (1, 3), (1,))


def thin_log_ticks(values: list[float], pixels_per_decade: float) -> list[float]:
    """Return the densest subset of the log10 tick ``values`` whose neighbours are MIN_TICK_SPACING_PIXELS apart.

    ``values`` are log10 of m·10^k with integer mantissas m in 1 … 9, as
    pyqtgraph's minor log ticks are. The subsets keep the mantissas of one
    of MANTISSA_SETS. When even the sparsest subset is empty (a range
    inside one decade without a 1·10^k tick), the middle value is kept, so
    the axis still shows one label.
    """
    positions = np.sort(np.asarray(values, dtype=np.float64))
    if positions.size < 2:
        return positions.tolist()

    # Rounding: log10(2) − 3 must give the mantissa 2, and −2 − 1e-16 must give 1, not 10.
    mantissas = np.rint(10.0 ** (positions - np.floor(positions))).astype(int)
    mantissas[mantissas == 10] = 1

    kept = positions
    for allowed in MANTISSA_SETS:
        kept = positions[np.isin(mantissas, allowed)]
        if kept.size < 2 or np.min(np.diff(kept)) * pixels_per_decade >= MIN_TICK_SPACING_PIXELS:
            break

    if kept.size == 0:
        return [float(positions[positions.size // 2])]
    return kept.tolist()


class SparseLogAxisItem(pg.AxisItem):
    """An AxisItem whose log-mode minor ticks (2·10^k … 9·10^k) thin out as the axis gets shorter.

    pyqtgraph always labels its first tick level. When the range spans less
    than a few decades that level contains every m·10^k, and on a short axis
    those labels overlap. Linear mode is unchanged.
    """

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 - pyqtgraph's names
        levels = super().logTickValues(minVal, maxVal, size, stdTicks)
        if maxVal <= minVal or size <= 0:
            return levels

        pixels_per_decade = size / (maxVal - minVal)
        thinned = []
        for spacing, values in levels:
            # pyqtgraph marks the level of m·10^k ticks with spacing None.
            if spacing is None:
                values = thin_log_ticks(values, pixels_per_decade)
            thinned.append((spacing, values))
        return thinned
