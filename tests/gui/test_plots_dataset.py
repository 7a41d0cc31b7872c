"""The decision-boundary plot's data points: one shared brush and pen per class."""

from workbench.engine.config import DataConfig
from workbench.engine.datasets import load_dataset
from workbench.gui.plot_style import class_color
from workbench.gui.plots import TrainingPlots


def test_points_share_one_brush_per_class(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    dataset = load_dataset(DataConfig(source="blobs", n_samples=3000, n_classes=3))

    plots.set_dataset(dataset)

    brushes = plots.train_scatter.data["brush"]
    pens = plots.validation_scatter.data["pen"]
    assert len(brushes) == dataset.n_train
    assert len({id(brush) for brush in brushes}) == 3
    assert len({id(pen) for pen in pens}) == 3


def test_points_keep_their_class_color(qtbot):
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    dataset = load_dataset(DataConfig(source="blobs", n_samples=300, n_classes=3))

    plots.set_dataset(dataset)

    brushes = plots.train_scatter.data["brush"]
    for brush, label in zip(brushes, dataset.y_train):
        assert brush.color().getRgb()[:3] == class_color(int(label))
    pens = plots.validation_scatter.data["pen"]
    for pen, label in zip(pens, dataset.y_validation):
        assert pen.color().getRgb()[:3] == class_color(int(label))
