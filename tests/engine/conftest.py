"""Fixtures shared by the engine tests."""

import pytest


@pytest.fixture
def dask_cluster():
    """A Dask LocalCluster with one in-process worker, reachable only on loopback.

    The scheduler and its HTTP server both listen on 127.0.0.1 with free
    ports, so a test does not collide with a dashboard already on port 8787.
    The protocol is set to tcp because processes=False would otherwise select
    Dask's in-process transport, and a loopback address tests a real network
    path.
    """
    distributed = pytest.importorskip("distributed", reason="the optional dask extra is not installed")

    with distributed.LocalCluster(n_workers=1, processes=False, threads_per_worker=2, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster:
        yield cluster
