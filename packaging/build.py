"""Build the one-folder desktop app with PyInstaller.

Usage, from the repository root::

    pip install -e ".[package]"
    python packaging/build.py

The app lands in ``dist/optimizer-workbench/`` and starts with
``dist/optimizer-workbench/optimizer-workbench``. PyInstaller's scratch files
go to ``build/pyinstaller/``. The script first compiles the zh_CN translation
(``tools/translations.py compile``) so the bundle never ships a stale .qm file.
It installs nothing: it stops with a message when PyInstaller or an icon file
is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import time
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPOSITORY_ROOT / "packaging" / "optimizer-workbench.spec"
DIST_DIR = REPOSITORY_ROOT / "dist"
WORK_DIR = REPOSITORY_ROOT / "build" / "pyinstaller"
APP_DIR = DIST_DIR / "optimizer-workbench"
EXECUTABLE_PATH = APP_DIR / ("optimizer-workbench.exe" if sys.platform == "win32" else "optimizer-workbench")

TRANSLATION_TOOL = REPOSITORY_ROOT / "tools" / "translations.py"
TS_PATH = REPOSITORY_ROOT / "resources" / "translations" / "workbench_zh_CN.ts"

# Files that the build bundles but does not create, with the command that
# creates each one.
REQUIRED_RESOURCES = {
    REPOSITORY_ROOT / "resources" / "icons" / "optimizer-workbench.svg": "git checkout resources/icons",
    REPOSITORY_ROOT / "resources" / "icons" / "optimizer-workbench-256.png": "python tools/render_icons.py",
}


def check_prerequisites() -> list[str]:
    """Return one message per missing prerequisite of the build; empty when it can run."""
    problems = []

    if importlib.util.find_spec("PyInstaller") is None:
        problems.append('PyInstaller is not installed in this environment; run `pip install -e ".[package]"`')

    for path, fix in REQUIRED_RESOURCES.items():
        if not path.is_file():
            problems.append(f"{path.relative_to(REPOSITORY_ROOT)} is missing; create it with `{fix}`")
    return problems


def compile_translations() -> int:
    """Compile the .ts file into the .qm file that gets bundled, so the build never ships a stale one.

    Returns the exit status of ``tools/translations.py compile``. Without a
    .ts file there is nothing to compile and the app will show English only.
    """
    if not TS_PATH.is_file():
        print(f"warning: {TS_PATH.relative_to(REPOSITORY_ROOT)} does not exist, "
              "so the build contains no Chinese translation", file=sys.stderr)
        return 0

    return subprocess.run([sys.executable, str(TRANSLATION_TOOL), "compile"], cwd=REPOSITORY_ROOT,
                          check=False).returncode


def folder_size_bytes(folder: Path) -> int:
    """Return the total size in bytes of the files under ``folder``."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(clean: bool = True) -> int:
    """Run PyInstaller on the spec and return its exit status."""
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC_PATH),
        "--noconfirm",
        "--distpath", str(DIST_DIR),
        "--workpath", str(WORK_DIR),
        "--log-level", "WARN",
    ]
    if clean:
        command.append("--clean")
    print("running " + " ".join(command), flush=True)
    return subprocess.run(command, cwd=REPOSITORY_ROOT, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py",
                                     description="Build dist/optimizer-workbench/ with PyInstaller.")
    parser.add_argument("--keep-cache", action="store_true",
                        help="reuse PyInstaller's cache from the previous build instead of starting clean")
    args = parser.parse_args(argv)

    problems = check_prerequisites()
    if problems:
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2

    started = time.monotonic()
    status = compile_translations()
    if status != 0:
        print(f"error: compiling the translation failed with exit status {status}", file=sys.stderr)
        return status

    status = build(clean=not args.keep_cache)
    if status != 0:
        print(f"error: PyInstaller failed with exit status {status}; see its output above", file=sys.stderr)
        return status
    if not EXECUTABLE_PATH.is_file():
        print(f"error: PyInstaller finished but {EXECUTABLE_PATH} does not exist", file=sys.stderr)
        return 1

    size_megabytes = folder_size_bytes(APP_DIR) / 1e6
    print(f"built {EXECUTABLE_PATH.relative_to(REPOSITORY_ROOT)} in {time.monotonic() - started:.0f} s "
          f"({size_megabytes:.0f} MB in {APP_DIR.relative_to(REPOSITORY_ROOT)}/)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
