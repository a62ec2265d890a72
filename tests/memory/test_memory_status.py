"""Memory status says whether the FAISS index matches the database, and rebuild_index repairs it."""

from __future__ import annotations

from pipeline.memory import store
from pipeline.memory.embedders import get_embedder
from pipeline.service import memory as service
from tests.memory.helpers import run, sync_all


def test_status_tells_an_index_out_of_step_and_rebuild_repairs_it(seeded) -> None:
    sync_all()
    run("memory.build")
    status = service.memory_status()
    assert status["index"]["consistent"] and status["index"]["size"] == status["embedded"] > 0

    index = store.open_index(get_embedder())
    dropped = sorted(index.ids())[:3]
    index.remove(dropped)  # a chunk the database says is embedded is no longer in FAISS
    broken = service.memory_status()["index"]
    assert (broken["consistent"], broken["missing"], broken["extra"]) == (False, 3, 0)

    assert service.rebuild_index()["vectors"] == status["embedded"]
    assert service.memory_status()["index"]["consistent"]


def test_binding_kinds_name_what_each_source_binds_by(db) -> None:
    kinds = service.binding_kinds()
    assert kinds["chatwoot"] == ["inbox", "contact"] and set(kinds) == {"chatwoot", "linear", "attio"}
