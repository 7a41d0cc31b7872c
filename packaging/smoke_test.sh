#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, then start it without a screen and
# check that it shows its window and quits cleanly (tests/test_packaged_app.py).
#
# Needs the package extra: pip install -e ".[package,test]"
# Uses $PYTHON when set, else the repository's .venv, else python3 on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -n "${PYTHON:-}" ]; then
    python="$PYTHON"
elif [ -x .venv/bin/python ]; then
    python=.venv/bin/python
else
    python=python3
fi

"$python" packaging/build.py
QT_QPA_PLATFORM=offscreen "$python" -m pytest -q -p no:cacheprovider tests/test_packaged_app.py
