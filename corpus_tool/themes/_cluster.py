"""Spectral clustering of documents on a cosine k-nearest-neighbour graph.

Why this algorithm: on short Vietnamese news items (DANeS headlines and
descriptions) and on long articles (news4) a kNN graph over TF-IDF vectors
followed by a normalised spectral embedding and the QR-pivoting assignment
of Damle, Minden and Ying (2019) separates topics better than k-means on
TF-IDF or LSA, and it has no random restarts: the only random input is the
starting vector of the Lanczos eigensolver, so different seeds give the
same partition (see benchmarks/RESULTS.md, section "themes").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp
from scipy.linalg import qr, svd
from scipy.sparse.linalg import eigsh

__all__ = ["SpectralResult", "cluster_qr", "knn_graph", "spectral_embedding"]

# Similarities computed at once: about 10 million floats (80 MB, a few copies
# alive at a time) whatever the corpus size, in blocks of at most 1,024 rows.
_BLOCK_CELLS = 10_000_000


def knn_graph(X: sp.csr_matrix | np.ndarray[Any, Any], n_neighbors: int) -> sp.csr_matrix:
    """Return the symmetric 0/1 graph linking each row of ``X`` to its nearest rows by cosine.

    ``X`` (sparse or dense) must have L2-normalised rows. Ties are broken by row index so the
    graph depends only on the data. Empty rows get no edges.
    """
    n = X.shape[0]
    m = min(n_neighbors, n - 1)
    rows: list[np.ndarray[Any, Any]] = []
    cols: list[np.ndarray[Any, Any]] = []
    dense = not sp.issparse(X)
    XT: Any = X.T if dense else sp.csc_matrix(X.T)
    chunk = max(16, min(1024, _BLOCK_CELLS // max(n, 1)))
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        block = X[start:stop] @ XT
        sims = np.array(block if dense else block.todense(), dtype=np.float64)
        sims[np.arange(stop - start), np.arange(start, stop)] = -np.inf
        # partial selection, then a stable sort of the few chosen: a full sort of
        # every row would cost n log n per document
        if m < n - 1:
            top = np.argpartition(-sims, m - 1, axis=1)[:, :m]
        else:
            top = np.tile(np.arange(n), (stop - start, 1))
        top.sort(axis=1)
        top_sims = np.take_along_axis(sims, top, axis=1)
        order = np.take_along_axis(top, np.argsort(-top_sims, axis=1, kind="stable"), axis=1)
        order = order[:, :m]
        best = np.take_along_axis(sims, order, axis=1)
        keep = best > 0
        r = np.repeat(np.arange(start, stop), m).reshape(stop - start, m)
        rows.append(r[keep])
        cols.append(order[keep])
    row = np.concatenate(rows) if rows else np.empty(0, dtype=np.int64)
    col = np.concatenate(cols) if cols else np.empty(0, dtype=np.int64)
    A = sp.csr_matrix((np.ones(len(row)), (row, col)), shape=(n, n))
    return ((A + A.T) * 0.5).tocsr()


@dataclass(frozen=True, slots=True)
class SpectralResult:
    """The leading eigenpairs of a graph's normalised adjacency.

    Attributes:
        embedding: ``n x m`` rows ``D^-1/2 v`` for the ``m`` leading eigenvectors.
        eigenvalues: the ``m`` eigenvalues of the normalised Laplacian, ascending.
    """

    embedding: np.ndarray[Any, Any]
    eigenvalues: np.ndarray[Any, Any]


def spectral_embedding(A: sp.csr_matrix, n_components: int, *, seed: int) -> SpectralResult:
    """Return the spectral embedding of graph ``A`` on its ``n_components`` leading eigenvectors.

    Isolated nodes (documents with no neighbour) get a zero row.
    """
    n = A.shape[0]
    degree = np.asarray(A.sum(axis=1)).ravel()
    with np.errstate(divide="ignore"):
        inv_sqrt = np.where(degree > 0, 1.0 / np.sqrt(degree), 0.0)
    D = sp.diags(inv_sqrt)
    M = (D @ A @ D).tocsr()
    m = min(n_components, n - 1)
    v0 = np.random.RandomState(seed).uniform(-1.0, 1.0, n)
    if n <= 200 or m >= n - 1:
        vals, vecs = np.linalg.eigh(M.toarray())
        vals, vecs = vals[-m:], vecs[:, -m:]
    else:
        vals, vecs = eigsh(M, k=m, which="LA", v0=v0, tol=1e-10, maxiter=n * 50)
    order = np.argsort(-vals, kind="stable")
    vals, vecs = vals[order], vecs[:, order]
    # eigenvectors are defined up to sign: fix it so the output is reproducible
    signs = np.sign(vecs[np.abs(vecs).argmax(axis=0), np.arange(vecs.shape[1])])
    signs[signs == 0] = 1.0
    vecs = vecs * signs
    return SpectralResult(embedding=vecs * inv_sqrt[:, None], eigenvalues=1.0 - vals)


def cluster_qr(vectors: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Return a cluster per row of a spectral embedding, by column-pivoted QR (no randomness).

    Damle, Minden and Ying, "Simple, direct and efficient multi-way spectral
    clustering", Information and Inference 8 (2019).
    """
    k = vectors.shape[1]
    _, _, piv = qr(vectors.T, pivoting=True)
    ut, _, v = svd(vectors[piv[:k], :].T)
    projected = np.abs(vectors @ (ut @ v.conj()))
    labels: np.ndarray[Any, Any] = projected.argmax(axis=1)
    return labels
