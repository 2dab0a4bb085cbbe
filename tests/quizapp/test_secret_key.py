"""The instance's secret key: every worker of a fresh instance ends up with the same one."""

from __future__ import annotations

import multiprocessing
import stat

from quizapp import config

WORKERS = 12
ROUNDS = 5


def _read_key(folder, barrier, keys) -> None:
    """One worker starting: wait for the others, then ask for the key."""
    barrier.wait()
    keys.put(config._instance_secret(folder))


def test_workers_starting_together_on_a_fresh_instance_share_one_key(tmp_path):
    context = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        folder = tmp_path / str(round_)
        folder.mkdir()
        barrier, keys = context.Barrier(WORKERS), context.Queue()
        workers = [
            context.Process(target=_read_key, args=(folder, barrier, keys)) for _ in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        found = [keys.get(timeout=30) for _ in workers]
        for worker in workers:
            worker.join(timeout=30)
        assert len(set(found)) == 1, found
        assert found[0] == (folder / "secret_key").read_text() and len(found[0]) == 64
        assert [path.name for path in folder.iterdir()] == ["secret_key"]  # no drafts left


def test_the_key_file_is_private_and_kept(tmp_path):
    key = config._instance_secret(tmp_path)
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    assert config._instance_secret(tmp_path) == key
