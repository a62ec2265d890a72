"""Chunking, hashing, the hash embedder and the FAISS vector index, on real files in a temp dir."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

from pipeline.config import reset_settings
from pipeline.memory import vector_index as vi
from pipeline.memory.chunking import chunk_text, content_hash
from pipeline.memory.embedders import HashEmbedder, get_embedder
from pipeline.memory.vector_index import (
    IndexLocked,
    VectorIndex,
    VectorIndexError,
    bytes_to_vector,
    vector_to_bytes,
)

ROOT = Path(__file__).resolve().parents[2]


# -- chunking and hashing -----------------------------------------------------------------------------------------
def test_short_text_is_one_chunk_and_blank_text_none() -> None:
    assert chunk_text("Мы пришлём смету до пятницы.") == ["Мы пришлём смету до пятницы."]
    assert chunk_text("   \n\n  ") == []


def test_chunks_respect_bounds_overlap_and_sentence_boundaries() -> None:
    text = " ".join(f"Sentence {i} has exactly seven words here." for i in range(60))
    chunks = chunk_text(text, max_words=50, overlap_words=10)
    assert len(chunks) > 5
    assert all(0 < len(c.split()) <= 50 for c in chunks)
    assert all(c.rstrip().endswith(".") for c in chunks)  # cut at sentence ends, not mid-sentence
    first_tail = chunks[0].split()[-7:]
    assert chunks[1].split()[:7] == first_tail  # the last sentence of one chunk opens the next
    for i in range(60):
        assert any(f"Sentence {i} " in c for c in chunks)  # nothing lost


def test_paragraphs_and_overlong_sentences() -> None:
    long_sentence = " ".join(["слово"] * 130)
    chunks = chunk_text(f"Первый абзац.\n\n{long_sentence}", max_words=40, overlap_words=5)
    assert all(len(c.split()) <= 40 for c in chunks)
    assert sum(c.split().count("слово") for c in chunks) >= 130
    assert chunks[0].startswith("Первый абзац.")


def test_content_hash_ignores_whitespace_only() -> None:
    a = content_hash("Мы пришлём  смету\nдо пятницы. ")
    assert a == content_hash(" Мы пришлём смету до пятницы.")
    assert a != content_hash("Мы пришлём смету до субботы.")
    assert len(a) == 64 and int(a, 16) >= 0


# -- embedders ----------------------------------------------------------------------------------------------------
def test_hash_embedder_is_deterministic_normalized_and_similar_for_similar_text() -> None:
    embedder = get_embedder()  # conftest sets MIRANO_EMBEDDER=hash
    assert isinstance(embedder, HashEmbedder) and embedder is get_embedder("hash")
    texts = [
        "We will send the invoice tomorrow",
        "we will send the invoice tomorrow!",
        "Погода в Сочи солнечная",
    ]
    vectors = embedder.embed(texts)
    assert vectors.shape == (3, 256) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(vectors, HashEmbedder().embed(texts))
    assert vectors[0] @ vectors[1] > 0.99 and vectors[0] @ vectors[2] < 0.3
    assert embedder.embed([]).shape == (0, 256)


def test_unknown_embedder_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIRANO_EMBEDDER", "word2vec")
    reset_settings()
    with pytest.raises(ValueError, match="MIRANO_EMBEDDER.*local, openai, hash"):
        get_embedder()


# -- vector index -------------------------------------------------------------------------------------------------
def _unit(*values: float) -> np.ndarray:
    v = np.asarray(values, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.fixture
def index_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "memory.faiss"


def test_add_replace_remove_search(index_path: Path) -> None:
    index = VectorIndex.open(index_path, 3)
    assert len(index) == 0 and index.search(_unit(1, 0, 0), 5) == [] and index.ids() == set()
    index.add([1, 2, 3], np.stack([_unit(1, 0, 0), _unit(0, 1, 0), _unit(1, 1, 0)]))
    hits = index.search(_unit(1, 0.1, 0), 2)
    assert [h[0] for h in hits] == [1, 3] and hits[0][1] > hits[1][1] > 0
    index.add([1], _unit(0, 0, 1)[None, :])  # replaces, never duplicates
    assert len(index) == 3 and index.search(_unit(0, 0, 1), 1)[0][0] == 1
    index.remove([2, 99])
    assert index.ids() == {1, 3}
    assert len(index.search(_unit(1, 0, 0), 10)) == 2


def test_save_open_and_sidecar(index_path: Path) -> None:
    index = VectorIndex.open(index_path, 3)
    index.add([7, 8], np.stack([_unit(1, 0, 0), _unit(0, 1, 0)]))
    index.save()
    index.save()
    meta = (index_path.parent / "memory.faiss.json").read_text()
    assert '"dim": 3' in meta and '"count": 2' in meta and '"version": 2' in meta
    again = VectorIndex.open(index_path, 3)
    assert again.ids() == {7, 8} and again.search(_unit(0, 1, 0), 1)[0][0] == 8
    with pytest.raises(VectorIndexError, match="3-dim vectors.*512-dim.*rebuild"):
        VectorIndex.open(index_path, 512)


def test_reader_reloads_only_when_a_writer_saved(index_path: Path) -> None:
    writer = VectorIndex.open(index_path, 3)
    writer.add([1], _unit(1, 0, 0)[None, :])
    writer.save()
    reader = VectorIndex.open(index_path, 3)
    assert reader.reload_if_changed() is False
    writer.add([2], _unit(0, 1, 0)[None, :])
    writer.save()
    assert reader.reload_if_changed() is True and reader.ids() == {1, 2}
    assert reader.reload_if_changed() is False and writer.reload_if_changed() is False


def test_crash_during_save_keeps_the_last_good_index(
    index_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = VectorIndex.open(index_path, 3)
    index.add([1, 2], np.stack([_unit(1, 0, 0), _unit(0, 1, 0)]))
    index.save()
    # A writer that died mid-save left a half-written temp file next to the index.
    stale = index_path.parent / f".{index_path.name}.dead.tmp"
    stale.write_bytes(b"\x00garbage")
    index.add([3], _unit(0, 0, 1)[None, :])

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(vi.os, "replace", crash)
    with pytest.raises(OSError, match="disk full"):
        index.save()
    monkeypatch.undo()
    assert VectorIndex.open(index_path, 3).ids() == {1, 2}  # the previous save, intact
    leftovers = {p.name for p in index_path.parent.glob("*.tmp")}
    assert leftovers == {stale.name}  # the failed save cleaned up its own temp file
    old = time.time() - 2 * vi.STALE_TEMP_SECONDS
    os.utime(stale, (old, old))
    index.save()
    assert VectorIndex.open(index_path, 3).ids() == {1, 2, 3}
    assert not stale.exists()  # an old leftover is swept by the next save


def _random(n: int, dim: int = 3, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).random((n, dim), dtype=np.float32) + 0.01


def test_saves_append_to_a_log_and_leave_the_base_file_alone(index_path: Path) -> None:
    index = VectorIndex.open(index_path, 3)
    index.add(list(range(1, 101)), _random(100))
    index.save()  # the first save writes the base
    base = index_path.stat()
    index.add([101, 102], _random(2, seed=1))
    index.remove([5, 6])
    index.add([7], _unit(0, 0, 1)[None, :])  # a replaced vector
    index.save()
    assert (index_path.stat().st_mtime_ns, index_path.stat().st_size) == (base.st_mtime_ns, base.st_size)
    log = index_path.with_name("memory.faiss.log").stat().st_size
    assert log == 16 + (9 + 2 * 8 + 2 * 12) + (9 + 2 * 8) + (9 + 8 + 12)  # header + three records
    again = VectorIndex.open(index_path, 3)
    assert again.ids() == index.ids() == set(range(1, 103)) - {5, 6}
    assert again.search(_unit(0, 0, 1), 1)[0][0] == 7
    for query in _random(5, seed=2):
        assert again.search(query, 5) == index.search(query, 5)


def test_a_grown_log_is_folded_into_a_new_base(index_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vi, "COMPACT_MIN_BYTES", 0)
    index = VectorIndex.open(index_path, 3)
    index.add(list(range(1, 41)), _random(40))
    index.save()
    generation = index.generation
    for i in range(41, 81):  # each save adds a record; past half the base's size the log is folded in
        index.add([i], _random(1, seed=i))
        index.save()
    assert index.generation > generation
    assert index_path.with_name("memory.faiss.log").stat().st_size < index_path.stat().st_size / 2
    assert VectorIndex.open(index_path, 3).ids() == set(range(1, 81))


def test_a_reader_applies_only_new_log_records(index_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = VectorIndex.open(index_path, 3)
    writer.add([1, 2], _random(2))
    writer.save()
    reader = VectorIndex.open(index_path, 3)
    writer.add([3], _random(1, seed=3))
    writer.remove([1])
    writer.save()

    def reread(*args: object) -> None:
        raise AssertionError("the reader read the whole base file again")

    monkeypatch.setattr(vi.faiss, "deserialize_index", reread)
    assert reader.reload_if_changed() is True and reader.ids() == {2, 3}
    assert reader.reload_if_changed() is False


def _base_and_one_log_record(index_path: Path) -> Path:
    """Ids 1 (in the base file) and 2 (in the log); the log's path."""
    index = VectorIndex.open(index_path, 3)
    index.add([1], _random(1))
    index.save()
    index.add([2], _random(1, seed=2))
    index.save()
    return index.log_path


def test_a_crashed_writers_unsaved_tail_is_ignored_then_overwritten(index_path: Path) -> None:
    log = _base_and_one_log_record(index_path)
    with open(log, "ab") as handle:  # appended and never committed in the sidecar: the writer died there
        handle.write(vi._record(b"A", np.array([99]), _random(1, seed=9))[:-5])
    assert VectorIndex.open(index_path, 3).ids() == {1, 2}
    writer = VectorIndex.open(index_path, 3)
    writer.add([3], _random(1, seed=3))
    writer.save()
    assert VectorIndex.open(index_path, 3).ids() == {1, 2, 3}


def test_a_damaged_log_says_to_rebuild(index_path: Path) -> None:
    log = _base_and_one_log_record(index_path)
    good = log.read_bytes()
    for damaged in (
        good[:-1] + bytes([good[-1] ^ 0xFF]),
        good[:-30] + b"\x00" * 30,
        good[:20] + b"Z" + good[21:],
    ):
        log.write_bytes(damaged)  # a flipped bit, a zeroed tail, an unknown record type
        with pytest.raises(VectorIndexError, match="damaged: delete it and rebuild"):
            VectorIndex.open(index_path, 3)


def test_an_index_saved_before_the_log_existed_opens_and_saves(index_path: Path) -> None:
    index_path.parent.mkdir(parents=True)
    old = vi._empty(3)
    old.add_with_ids(_random(2), np.array([1, 2], dtype=np.int64))
    index_path.write_bytes(vi.faiss.serialize_index(old).tobytes())
    index_path.with_name("memory.faiss.json").write_text(
        '{"format": "mirano-faiss-1", "dim": 3, "version": 4}'
    )
    index = VectorIndex.open(index_path, 3)
    assert index.ids() == {1, 2} and index.version == 4
    index.add([3], _random(1, seed=3))
    index.save()
    assert VectorIndex.open(index_path, 3).ids() == {1, 2, 3}


def test_rebuild_and_reconcile(index_path: Path) -> None:
    index = VectorIndex.open(index_path, 3)
    index.rebuild((i, _unit(1, i, 0)) for i in range(1, 6))
    assert index.ids() == {1, 2, 3, 4, 5}
    index.rebuild(iter([(10, _unit(0, 0, 1))]))
    assert index.ids() == {10}
    expected = {
        10: vector_to_bytes(_unit(0, 0, 1)),
        11: vector_to_bytes(_unit(0, 1, 0)),
        12: vector_to_bytes(_unit(1, 0, 0)),
    }
    index.add([99], _unit(1, 1, 1)[None, :])
    assert index.reconcile(expected) == (2, 1)
    assert index.ids() == {10, 11, 12}
    assert index.search(_unit(0, 1, 0), 1)[0][0] == 11
    assert index.reconcile(expected) == (0, 0)


def test_vector_bytes_round_trip_and_size_check() -> None:
    v = _unit(3, 4, 0)
    np.testing.assert_array_equal(bytes_to_vector(vector_to_bytes(v), 3), v)
    with pytest.raises(VectorIndexError, match="2 dims, expected 3"):
        bytes_to_vector(vector_to_bytes(v[:2]), 3)


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from pipeline.memory.vector_index import VectorIndex
    index = VectorIndex.open(Path(sys.argv[1]), 3)
    with index.writer_lock():
        print("locked", flush=True)
        sys.stdin.readline()
    """
)


def test_writer_lock_excludes_another_process(index_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(index_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        index = VectorIndex.open(index_path, 3)
        with pytest.raises(IndexLocked, match="another process"), index.writer_lock(timeout=0.3):
            pass
        assert holder.stdin is not None
        holder.stdin.write("release\n")
        holder.stdin.flush()
        assert holder.wait(timeout=20) == 0
        with index.writer_lock(timeout=5):
            index.add([1], _unit(1, 0, 0)[None, :])
            index.save()
    finally:
        if holder.poll() is None:
            holder.kill()
    assert VectorIndex.open(index_path, 3).ids() == {1}


def test_writer_lock_reloads_what_another_writer_saved(index_path: Path) -> None:
    first, second = VectorIndex.open(index_path, 3), VectorIndex.open(index_path, 3)
    with first.writer_lock():
        first.add([1], _unit(1, 0, 0)[None, :])
        first.save()
    with second.writer_lock():  # picks up id 1 before adding, so the save keeps it
        second.add([2], _unit(0, 1, 0)[None, :])
        second.save()
    assert VectorIndex.open(index_path, 3).ids() == {1, 2}
