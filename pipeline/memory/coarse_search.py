"""Approximate search for large indexes: an IVF index kept beside the exact one, past a size threshold.

The exact index (`IndexFlatIP`) stays the one on disk and the truth; this is derived, in memory only. Below
`min_size` vectors exact search is fast enough and used as is. Past it, the vectors are clustered into about √n
lists (k-means on a sample), and a query scans the `probe_share` of lists nearest to it: the cost follows that
share, not the corpus. Adds and removes are applied to both; once the index has doubled since it was clustered,
the next search clusters again. Recall against exact search is measured by bench/search.py.
"""

from __future__ import annotations

import math
import os

import faiss
import numpy as np

TRAIN_POINTS_PER_LIST = 40  # k-means sample (FAISS asks for 39 a list): enough for stable centroids, small enough to cluster in seconds
TRAIN_ITERATIONS = 10


class CoarseSearch:
    """An IVF twin of an exact id-mapped index, built on first need."""

    def __init__(self, dim: int, min_size: int, probe_share: float) -> None:
        self.dim, self.min_size, self.probe_share = dim, min_size, probe_share
        self._ivf: faiss.IndexIVFFlat | None = None
        self._clustered_at = 0  # how many vectors the lists were clustered from

    def reset(self) -> None:
        """Forget the lists (the exact index was replaced)."""
        self._ivf, self._clustered_at = None, 0

    def add(self, keys: np.ndarray, matrix: np.ndarray) -> None:
        if self._ivf is not None:
            self._ivf.remove_ids(keys)
            self._ivf.add_with_ids(matrix, keys)

    def remove(self, keys: np.ndarray) -> None:
        if self._ivf is not None:
            self._ivf.remove_ids(keys)

    def search(self, exact: faiss.IndexIDMap2, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) of the k nearest: from the lists past `min_size`, else from the exact index."""
        total = int(exact.ntotal)
        if total < self.min_size:
            return exact.search(query, k)
        if self._ivf is None or total > 2 * self._clustered_at:
            self._cluster(exact)
        return self._ivf.search(query, k)

    def _cluster(self, exact: faiss.IndexIDMap2) -> None:
        total = int(exact.ntotal)
        ids = faiss.vector_to_array(exact.id_map).astype(np.int64)
        vectors = exact.index.reconstruct_n(0, total)
        lists = max(1, int(math.sqrt(total)))
        ivf = faiss.IndexIVFFlat(faiss.IndexFlatIP(self.dim), self.dim, lists, faiss.METRIC_INNER_PRODUCT)
        ivf.cp.niter = TRAIN_ITERATIONS
        sample = np.random.default_rng(0).choice(
            total, min(total, lists * TRAIN_POINTS_PER_LIST), replace=False
        )
        threads = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(os.cpu_count() or 1)  # clustering and assigning are the heavy steps
        try:
            ivf.train(np.ascontiguousarray(vectors[np.sort(sample)]))
            ivf.add_with_ids(vectors, ids)
        finally:
            faiss.omp_set_num_threads(threads)
        ivf.nprobe = max(1, math.ceil(lists * self.probe_share))
        self._ivf, self._clustered_at = ivf, total
