"""The Dask path (``pip install atsmatch[dask]``) gives the local path's result."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import atsmatch

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")

JOBS = [
    "Requirements\n- Python\n- PostgreSQL\n- 3+ years of experience\n",
    "Requirements\n- Kubernetes or Docker\n- Bachelor's degree required\n",
]


def test_dask_local_cluster_equals_local_path(tmp_path: Path) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj <<")
    resumes = [
        "Skills\nPython, PostgreSQL\nExperience\nEngineer, 2015-2024\n",
        bad,
        "Skills\nDocker\nEducation\nBachelor of Science\n",
    ]
    local = atsmatch.match_many(resumes, JOBS)
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        remote = atsmatch.match_many(resumes, JOBS, client=client)
    assert np.array_equal(local.scores, remote.scores, equal_nan=True)
    assert (local.filtered_out == remote.filtered_out).all()
    assert local.errors == remote.errors
    assert remote.knockouts(2, 0) == local.knockouts(2, 0)
    assert remote.match_of(0, 0).score == local[0, 0]
