"""``python -m workbench path``: CSV output, summary table and input errors."""

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from workbench.cli import main
from workbench.engine.landscape import PathRace, PathSpec
from workbench.engine.schedules import Schedule
from workbench.engine.surfaces import SURFACE_NAMES, make_surface

from ._permissions import file_mode_command_prefix

REPOSITORY = Path(__file__).resolve().parents[2]


def _read_csv(path):
    with open(path, newline="") as file:
        rows = list(csv.reader(file))
    return rows[0], rows[1:]


def test_writes_csv_with_documented_header(tmp_path, capsys):
    out = tmp_path / "paths.csv"
    status = main(["path", "--surface", "bowl", "--optimizer", "gd,adam", "--learning-rate", "0.1",
                   "--start", "-2,1", "--steps", "50", "--out", str(out)])

    assert status == 0
    header, body = _read_csv(out)
    assert header == ["optimizer", "label", "step", "x", "y", "cost", "gradient_x", "gradient_y"]
    assert len(body) == 2 * 51
    assert {row[0] for row in body} == {"gd", "adam"}
    assert [row[2] for row in body[:3]] == ["0", "1", "2"]
    assert body[0][3:5] == ["-2.0", "1.0"]

    printed = capsys.readouterr().out
    assert "Wrote 2 paths of 50 steps" in printed
    assert "GD" in printed
    assert "Adam" in printed


def test_csv_matches_path_race(tmp_path):
    out = tmp_path / "paths.csv"
    status = main(["path", "--surface", "rosenbrock", "--optimizer", "momentum", "--optimizer", "rmsprop",
                   "--learning-rate", "0.002,0.005", "--beta", "0.8", "--beta2", "0.99",
                   "--decay", "inverse_time", "--decay-rate", "0.01", "--steps-per-epoch", "5",
                   "--start", "-1.2,1", "--steps", "200", "--noise", "0.2", "--seed", "3", "--out", str(out)])
    assert status == 0

    surface = make_surface("rosenbrock")
    schedule = Schedule("inverse_time", decay_rate=0.01)
    specs = [PathSpec("momentum", 0.002, beta=0.8, beta2=0.99, schedule=schedule),
             PathSpec("rmsprop", 0.005, beta=0.8, beta2=0.99, schedule=schedule)]
    race = PathRace(surface, specs, (-1.2, 1.0), noise=0.2, seed=3, steps_per_epoch=5)
    race.step(200)

    _, body = _read_csv(out)
    points = np.array([[float(row[3]), float(row[4])] for row in body]).reshape(2, 201, 2)
    assert np.array_equal(points, race.history)


def test_negative_start_and_default_optimizers(tmp_path, capsys):
    out = tmp_path / "paths.csv"
    status = main(["path", "--surface", "saddle", "--start", "-1.5,-0.01", "--steps", "5", "--out", str(out)])

    assert status == 0
    _, body = _read_csv(out)
    assert [row[1] for row in body[::6]] == ["GD", "Momentum", "RMSprop", "Adam"]
    assert body[0][3:5] == ["-1.5", "-0.01"]


def test_repeated_optimizer_labels_show_rate(capsys):
    status = main(["path", "--surface", "bowl", "--optimizer", "gd", "--optimizer", "gd",
                   "--learning-rate", "0.1,0.4", "--steps", "5"])
    assert status == 0
    printed = capsys.readouterr().out
    assert "GD α=0.1" in printed
    assert "GD α=0.4" in printed


def test_summary_table_reports_divergence(capsys):
    status = main(["path", "--surface", "bowl", "--optimizer", "gd,adam", "--learning-rate", "1.5,0.05",
                   "--steps", "300"])
    assert status == 0
    lines = capsys.readouterr().out.splitlines()
    gd_line = next(line for line in lines if line.startswith("GD"))
    adam_line = next(line for line in lines if line.startswith("Adam"))
    assert "diverged at step" in gd_line
    assert "finished" in adam_line


def test_all_paths_diverged_exits_1(capsys):
    status = main(["path", "--surface", "bowl", "--optimizer", "gd,gd", "--learning-rate", "1.5,3",
                   "--steps", "300"])

    captured = capsys.readouterr()
    assert status == 1
    assert "every path diverged" in captured.err
    assert captured.out.count("diverged at step") == 2


def test_help_documents_exit_status():
    completed = subprocess.run([sys.executable, "-m", "workbench", "path", "--help"], cwd=REPOSITORY,
                               capture_output=True, text=True, timeout=60)

    assert completed.returncode == 0
    assert "1 every path diverged" in " ".join(completed.stdout.split())


def test_same_seed_gives_same_csv(tmp_path):
    arguments = ["path", "--surface", "saddle", "--start", "1.5,0", "--noise", "0.05", "--seed", "9", "--steps", "100"]
    first = tmp_path / "first.csv"
    second = tmp_path / "second.csv"
    assert main(arguments + ["--out", str(first)]) == 0
    assert main(arguments + ["--out", str(second)]) == 0
    assert first.read_text() == second.read_text()


def test_expression_surface(tmp_path):
    out = tmp_path / "paths.csv"
    status = main(["path", "--expr", "x**2 - y**2 + 0.1*sin(3*x)", "--domain", "-3,3,-2,2",
                   "--optimizer", "adam", "--start", "2,0.5", "--steps", "10", "--out", str(out)])
    assert status == 0
    _, body = _read_csv(out)
    assert len(body) == 11
    assert float(body[0][5]) == pytest.approx(4 - 0.25 + 0.1 * np.sin(6.0))


def test_list_surfaces(capsys):
    assert main(["path", "--list-surfaces"]) == 0
    printed = capsys.readouterr().out
    for name in SURFACE_NAMES:
        assert f"{name}:" in printed
    assert "condition_number" in printed


def test_bad_expression_shows_caret(capsys):
    status = main(["path", "--expr", "x**2 - foo(y)", "--steps", "5"])

    assert status == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("error: invalid --expr: unknown function 'foo'")
    assert lines[1] == "  x**2 - foo(y)"
    assert lines[2] == "  " + " " * 7 + "^^^"


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["--surface", "volcano"], "'volcano'"),
        (["--surface", "saddle", "--start", "1,a"], "--start '1,a'"),
        (["--surface", "saddle", "--start", "1"], "--start '1'"),
        (["--surface", "saddle", "--start", "9,9"], "outside the surface's domain"),
        (["--surface", "saddle", "--optimizer", "sgd"], "'sgd'"),
        (["--surface", "saddle", "--optimizer", "gd,adam", "--learning-rate", "0.1,0.2,0.3"], "3 values for 2"),
        (["--surface", "saddle", "--learning-rate", "-1"], "learning_rate"),
        (["--surface", "saddle", "--learning-rate", "0.1,1e6"], "--learning-rate 1e+06 is invalid: use a value up to 1000"),
        (["--surface", "saddle", "--beta1", "1.5"], "beta1 = 1.5"),
        (["--surface", "saddle", "--decay", "cosine"], "'cosine'"),
        (["--surface", "saddle", "--noise", "-1"], "noise"),
        (["--surface", "saddle", "--steps", "-5"], "--steps -5"),
        (["--surface", "saddle", "--domain", "-1,1,-1,1"], "--domain applies only to --expr"),
        (["--surface", "bowl", "--param", "condition_number"], "NAME=VALUE"),
        (["--surface", "bowl", "--param", "width=3"], "'width'"),
        (["--expr", "x", "--domain", "1,-1,0,1"], "domain"),
        (["--steps", "5"], "missing surface"),
        (["--surface", "saddle", "--optimizer", ",,"], "--optimizer ',,' names no optimizer"),
        (["--surface", "saddle", "--optimizer", ""], "names no optimizer"),
    ],
)
def test_invalid_input_exits_2(arguments, message, capsys):
    status = main(["path"] + arguments)
    error = capsys.readouterr().err
    assert status == 2
    assert error.startswith("error: ")
    assert message in error


def test_unwritable_out_exits_2(tmp_path, capsys):
    status = main(["path", "--surface", "saddle", "--steps", "3", "--out", str(tmp_path / "missing" / "p.csv")])
    assert status == 2
    assert "cannot write" in capsys.readouterr().err


def test_folder_as_out_exits_2_before_race(tmp_path, capsys, monkeypatch):
    steps_run = []
    monkeypatch.setattr(PathRace, "step", lambda race, count: steps_run.append(count))

    status = main(["path", "--surface", "saddle", "--steps", "3", "--out", str(tmp_path)])

    captured = capsys.readouterr()
    assert status == 2
    assert f"cannot write {tmp_path}" in captured.err
    assert "Wrote" not in captured.out
    assert steps_run == []


def test_read_only_out_file_exits_2(tmp_path):
    prefix = file_mode_command_prefix()
    out = tmp_path / "paths.csv"
    out.write_text("kept\n", encoding="utf-8")
    out.chmod(0o444)

    finished = subprocess.run([*prefix, sys.executable, "-m", "workbench", "path", "--surface", "saddle", "--steps",
                               "3", "--out", str(out)], cwd=REPOSITORY, capture_output=True, text=True, timeout=60)

    assert finished.returncode == 2
    assert "Traceback" not in finished.stderr
    assert f"cannot write {out}: Permission denied" in finished.stderr
    assert out.read_text(encoding="utf-8") == "kept\n"


def test_module_entry_point():
    completed = subprocess.run([sys.executable, "-m", "workbench", "path", "--list-surfaces"],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0
    assert "rosenbrock:" in completed.stdout
