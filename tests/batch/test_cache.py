"""The profile cache: a second run reads profiles from disk; runs sharing it never corrupt it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import atsmatch
from atsmatch.batch.cache import ProfileCache
from atsmatch.serialize.codec import CodecError, dumps_profile, loads_profile

JOB = "Requirements\n- Python\n- Kubernetes\n- 3+ years of experience\n"


def _resumes(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"r{n}.txt"
        path.write_text(
            f"Jane {n}\nSkills\nPython, Docker, Go\nExperience\nEngineer, 20{10 + n}-2024\n"
        )
        paths.append(path)
    return paths


def test_codec_round_trips_real_profiles(example_resume, example_job) -> None:
    for source in (example_resume, example_job):
        profile = atsmatch.extract(source)
        assert loads_profile(dumps_profile(profile)) == profile


@pytest.mark.parametrize(
    "bad",
    [
        '{"format": "atsmatch-profile", "version": 99, "profile": null}',
        "[1, 2]",
        "{",
        '{"format": "atsmatch-profile", "version": 1, "profile": {"@": "Span", "f": [5, 1]}}',
        '{"format": "atsmatch-profile", "version": 1, "profile": {"@": "os.system", "f": []}}',
    ],
)
def test_codec_refuses_what_it_did_not_write(bad: str) -> None:
    with pytest.raises(CodecError):
        loads_profile(bad)


def test_second_run_reads_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys as _sys

    paths = _resumes(tmp_path / "in", 3)
    cache = tmp_path / "cache"
    first = atsmatch.match_many(paths, [JOB], cache=cache)
    assert len(list(cache.rglob("*.json"))) == 4  # 3 resumes + 1 job
    module = _sys.modules["atsmatch.extract"]

    def fail(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("extract called on a warm cache")

    monkeypatch.setattr(module, "extract", fail)
    second = atsmatch.match_many(paths, [JOB], cache=cache)
    assert (first.scores == second.scores).all()
    paths[0].write_text("Skills\nKubernetes\n")  # a changed file is extracted again
    third = atsmatch.match_many(paths, [JOB], cache=cache)
    assert "extract called" in third.errors[("resume", 0)]


def test_damaged_entry_is_a_miss(tmp_path: Path) -> None:
    cache = ProfileCache(tmp_path)
    key = cache.key(b"Skills\nPython\n", "resume", "#0")
    assert key is not None
    profile = atsmatch.extract(b"Skills\nPython\n", kind="resume")
    cache.put(key, profile)
    assert cache.get(key) == profile
    next(tmp_path.rglob("*.json")).write_text('{"format": "atsmatch-profile", "vers')
    assert cache.get(key) is None


def test_concurrent_runs_share_the_cache(tmp_path: Path) -> None:
    paths = _resumes(tmp_path / "in", 6)
    cache = tmp_path / "cache"
    script = (
        "import sys, atsmatch; from pathlib import Path\n"
        "paths = sorted(Path(sys.argv[1]).glob('*.txt'))\n"
        f"m = atsmatch.match_many(paths, [{JOB!r}], cache=sys.argv[2])\n"
        "assert not m.errors, m.errors\n"
        "print(','.join(f'{s:.2f}' for s in m.scores[:, 0]))\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(paths[0].parent), str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert outputs[0][0] == outputs[1][0]
    assert not list(cache.rglob("*.tmp"))
    for entry in cache.rglob("*.json"):
        loads_profile(entry.read_bytes())  # every entry whole and valid
    fresh = atsmatch.match_many(paths, [JOB])
    assert outputs[0][0].strip() == ",".join(f"{s:.2f}" for s in fresh.scores[:, 0])


def test_warm_cache_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import atsmatch.batch.pool as pool

    paths = _resumes(tmp_path / "in", 2)
    cache = tmp_path / "cache"
    first = atsmatch.match_many(paths, [JOB], cache=cache, workers=2)

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("a worker pool started on a warm cache")

    monkeypatch.setattr(pool, "run_pool", refuse)
    second = atsmatch.match_many(paths, [JOB], cache=cache, workers=2)
    assert not second.errors
    assert (first.scores == second.scores).all()
