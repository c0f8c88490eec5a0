"""ThemeModel: a scikit-learn clusterer of Vietnamese news into labelled themes."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted

from corpus_tool.errors import AnalysisError, ConfigError
from corpus_tool.themes._cluster import knn_graph, spectral_embedding
from corpus_tool.themes._features import TOKEN_PATTERN, segment_texts, stop_words
from corpus_tool.themes._labels import top_terms

if TYPE_CHECKING:
    from corpus_tool.nlp import TextCache

__all__ = ["ThemeModel"]

logger = logging.getLogger(__name__)

# Documents shorter than this (median number of kept words) are clustered on
# the kNN graph, longer ones with LSA + k-means: measured on DANeS headlines
# (median ~20 words) and news4 articles (median ~200), see benchmarks/RESULTS.md.
_SHORT_TEXT_WORDS = 60
_LSA_COMPONENTS = 100
_KMEANS_INITS = 10
_AUTO_INITS = 3
_AUTO_TOLERANCE = 0.02
_AUTO_SAMPLE = 3000


def _kmeans(Z: np.ndarray[Any, Any], k: int, seed: int, n_init: int) -> np.ndarray[Any, Any]:
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    # One thread: on a busy machine OpenMP threads spinning against each other
    # made k-means 50 times slower (measured on 2 shared cores); the problem is
    # small enough that one thread loses little on an idle machine.
    with threadpool_limits(limits=1):
        labels: np.ndarray[Any, Any] = KMeans(
            k, n_init=n_init, random_state=seed).fit_predict(Z)
    return labels


def _row_normalize(Z: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    norms = np.linalg.norm(Z, axis=1, keepdims=True)
    out: np.ndarray[Any, Any] = np.divide(Z, norms, out=np.zeros_like(Z), where=norms > 0)
    return out


def _modularity(A: sp.csr_matrix, labels: np.ndarray[Any, Any]) -> float:
    """Return Newman's modularity of ``labels`` on the weighted graph ``A``."""
    degree = np.asarray(A.sum(axis=1)).ravel()
    two_m = degree.sum()
    if two_m == 0:
        return 0.0
    k = int(labels.max()) + 1
    H = sp.csr_matrix((np.ones(len(labels)), (np.arange(len(labels)), labels)),
                      shape=(len(labels), k))
    inside = np.asarray((H.T @ A @ H).diagonal()).ravel()
    deg_c = np.asarray(H.T @ degree).ravel()
    return float((inside / two_m - (deg_c / two_m) ** 2).sum())


class ThemeModel(ClusterMixin, BaseEstimator):  # type: ignore[misc]
    """Cluster news texts into themes with labels, scores and outlier flags.

    Features are TF-IDF weights of segmented words and word pairs (phrases
    such as ``cải_cách hành_chính``), Vietnamese stop words and press
    boilerplate removed. Short texts (headlines, sapos) are clustered by
    spectral clustering of their cosine k-nearest-neighbour graph; long
    articles by k-means on a 100-dimensional LSA projection (the method
    that scored best on each kind in the benchmark). Either way each theme
    gets a centroid in TF-IDF space; a document's score is its cosine to its
    theme's centroid, and documents scoring below ``outlier_factor`` times
    their theme's median are flagged as outliers (kept, not forced).

    Args:
        n_themes: number of themes, or ``"auto"`` to choose it over ``k_range``:
            the fewest themes whose partition's modularity on the kNN graph is
            within 2% of the highest.
        k_range: smallest and largest number of themes tried by ``"auto"``.
        random_state: seed of the eigensolver and k-means starts; the same
            input and seed give the same themes byte for byte.
        segment: segment raw text with :class:`corpus_tool.nlp.Segmenter`;
            ``False`` when texts are already segmented (``"thành_ủy ..."``).
        method: ``"graph"``, ``"lsa"`` or ``"auto"`` (by text length).
        stop_words: ``"vietnamese"`` (packaged list), ``None`` or a list.
        ngram_range: word n-grams used as features (2 = pairs of words).
        min_df: a feature must occur in at least this many documents
            (lowered automatically for tiny corpora).
        max_df: drop features in more than this share of documents.
        max_features: keep at most this many features (most frequent).
        n_neighbors: neighbours per document in the graph; ``None`` scales
            with the corpus (``sqrt(n) / 2`` between 5 and 30).
        outlier_factor: outlier when score < factor x median score of the theme.
        n_top_terms: number of label terms kept per theme.

    Attributes:
        n_themes_: number of themes found.
        labels_: theme index per training document (``-1`` for outliers).
        themes_: theme index per training document, outliers included.
        scores_: cosine of each training document to its theme centroid.
        outliers_: boolean mask of outliers.
        centroids_: ``n_themes_ x n_features`` unit vectors.
        thresholds_: per-theme outlier thresholds.
        top_terms_: per theme, its most distinctive terms (``_`` -> space).
        k_selection_: how the number of themes was chosen, with the values.
        method_: the clustering method actually used.
        model_id_: short content hash of the fitted model.

    Example:
        >>> model = ThemeModel(n_themes=2, segment=False).fit(texts)  # doctest: +SKIP
        >>> model.top_terms_[0][:3]  # doctest: +SKIP
        ['cải cách hành chính', 'thủ tục', 'một cửa']
    """

    def __init__(
        self, *, n_themes: int | str = "auto", k_range: tuple[int, int] = (3, 20),
        random_state: int = 0, segment: bool = True, method: str = "auto",
        stop_words: str | Sequence[str] | None = "vietnamese",
        ngram_range: tuple[int, int] = (1, 2), min_df: int = 2, max_df: float = 0.5,
        max_features: int | None = 50000, n_neighbors: int | None = None,
        outlier_factor: float = 0.5, n_top_terms: int = 10,
    ) -> None:
        self.n_themes = n_themes
        self.k_range = k_range
        self.random_state = random_state
        self.segment = segment
        self.method = method
        self.stop_words = stop_words
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.n_neighbors = n_neighbors
        self.outlier_factor = outlier_factor
        self.n_top_terms = n_top_terms

    # -- parameters ------------------------------------------------------------------
    def _check_params(self) -> None:
        k = self.n_themes
        if isinstance(k, bool) or not (k == "auto" or isinstance(k, int | np.integer)):
            raise ConfigError(f"n_themes: {k!r} is not a positive integer or 'auto'")
        if isinstance(k, int | np.integer) and k < 1:
            raise ConfigError(f"n_themes: {k} is not a positive integer or 'auto'")
        lo, hi = self.k_range
        if not (isinstance(lo, int) and isinstance(hi, int) and 2 <= lo <= hi):
            raise ConfigError(f"k_range: {self.k_range!r} is not (low, high) with 2 <= low <= high")
        if self.method not in ("auto", "graph", "lsa"):
            raise ConfigError(f"method: {self.method!r} is not one of ['auto', 'graph', 'lsa']")
        if not 0.0 <= self.outlier_factor < 1.0:
            raise ConfigError(f"outlier_factor: {self.outlier_factor!r} is not in [0, 1)")
        if self.n_neighbors is not None and self.n_neighbors < 2:
            raise ConfigError(f"n_neighbors: {self.n_neighbors!r} is not at least 2 or None")

    def _vectorizer(self, n_docs: int) -> TfidfVectorizer:
        try:
            words = stop_words(self.stop_words)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        # On a handful of documents the corpus-level cut-offs would remove every word.
        min_df = self.min_df if n_docs >= 10 * self.min_df else 1
        max_df = self.max_df if n_docs >= 20 else 1.0
        return TfidfVectorizer(
            token_pattern=TOKEN_PATTERN, lowercase=True, stop_words=words or None,
            ngram_range=self.ngram_range, min_df=min_df, max_df=max_df,
            max_features=self.max_features, sublinear_tf=True, dtype=np.float64)

    # -- fitting ---------------------------------------------------------------------
    def fit(self, X: Iterable[str], y: Any = None, *,
            progress: Callable[[str], None] | None = None,
            cache: TextCache | None = None) -> ThemeModel:
        """Find the themes of the texts ``X``; return ``self``.

        ``cache`` keeps segmented texts between runs (with ``segment=True``);
        it is a resource of the run, not a parameter of the model.

        Raises:
            AnalysisError: no words left, or fewer distinct documents than themes.
            ConfigError: a parameter is out of range (names it and the value).
        """
        self._check_params()
        say = progress or (lambda _msg: None)
        texts = list(X)
        if not texts:
            raise AnalysisError("no documents to cluster")
        say("segmenting")
        seg = segment_texts(texts, segment=self.segment, cache=cache)
        k_wanted = self.n_themes
        self._check_distinct(len({" ".join(t.lower().split()) for t in seg if t.strip()}),
                             len(seg))
        say("vectorising")
        vectorizer = self._vectorizer(len(seg))
        try:
            M = vectorizer.fit_transform(seg).tocsr()
        except ValueError:
            raise AnalysisError(
                f"none of the {len(seg)} documents has a word left after removing stop words, "
                "numbers and words found in most documents: nothing to cluster") from None
        self._set_vocabulary(vectorizer)
        nonempty = np.flatnonzero(np.diff(M.indptr) > 0)
        M.sort_indices()
        ptr = M.indptr
        distinct = len({M.indices[ptr[i]:ptr[i + 1]].tobytes() + M.data[ptr[i]:ptr[i + 1]].tobytes()
                        for i in nonempty})
        self._check_distinct(distinct, len(seg))
        Mn = M[nonempty]
        n = Mn.shape[0]
        words_per_doc = np.diff(Mn.indptr)
        method = self.method
        if method == "auto":
            method = "graph" if float(np.median(words_per_doc)) < _SHORT_TEXT_WORDS else "lsa"
        self.method_ = method
        n_neighbors = self.n_neighbors or int(np.clip(round(np.sqrt(n) / 2), 5, 30))
        seed = int(self.random_state)
        if k_wanted == "auto":
            lo = self.k_range[0]
            hi = max(lo, min(self.k_range[1], distinct // 2))
        else:
            lo = hi = int(k_wanted)
        say("clustering")
        graph: sp.csr_matrix | None = None
        if method == "graph":
            graph = knn_graph(Mn, n_neighbors)
            embedding = spectral_embedding(graph, hi, seed=seed).embedding

            sample = np.arange(n)

            def partition(k: int, n_init: int, *, candidate: bool = False
                          ) -> np.ndarray[Any, Any]:
                return _kmeans(_row_normalize(embedding[:, :k]), k, seed, n_init)
        else:
            from sklearn.decomposition import TruncatedSVD

            dims = max(1, min(_LSA_COMPONENTS, min(Mn.shape) - 1))
            # single precision halves the memory traffic of the randomized SVD,
            # which dominates on long articles; the vectors are normalised after
            Z = _row_normalize(TruncatedSVD(dims, random_state=seed)
                               .fit_transform(Mn.astype(np.float32)).astype(np.float64))
            sample = np.arange(n)
            if lo != hi:
                # Here the neighbour graph only serves to compare numbers of themes,
                # on LSA vectors and, for a large corpus, on a seeded sample of them
                # (k-means and the graph over 10,000 articles took 16 of 52 seconds).
                if n > _AUTO_SAMPLE:
                    sample = np.sort(np.random.RandomState(seed).choice(
                        n, _AUTO_SAMPLE, replace=False))
                    n_neighbors = int(np.clip(round(np.sqrt(_AUTO_SAMPLE) / 2), 5, 30))
                graph = knn_graph(Z[sample], n_neighbors)

            def partition(k: int, n_init: int, *, candidate: bool = False
                          ) -> np.ndarray[Any, Any]:
                return _kmeans(Z[sample] if candidate else Z, k, seed, n_init)
        if lo == hi:
            labels = partition(lo, _KMEANS_INITS)
            self.k_selection_: dict[str, Any] = {"method": "given", "k": lo}
        else:
            values: dict[str, float] = {}
            candidates: dict[int, np.ndarray[Any, Any]] = {}
            assert graph is not None
            # fewer restarts while comparing numbers of themes, all of them for the chosen one
            for k in range(lo, hi + 1):
                candidates[k] = partition(k, _AUTO_INITS, candidate=True)
                values[str(k)] = round(_modularity(graph, candidates[k]), 6)
            top = max(values.values())
            # Modularity is flat near its maximum and moves by about a percent with
            # the k-means starts: take the fewest themes within that noise of the best.
            best = min(k for k in range(lo, hi + 1)
                       if values[str(k)] >= top * (1 - _AUTO_TOLERANCE))
            labels = partition(best, _KMEANS_INITS)
            space = "TF-IDF" if method == "graph" else "LSA"
            self.k_selection_ = {
                "method": "auto", "criterion": "modularity of the partition on the "
                f"{n_neighbors}-nearest-neighbour cosine graph of the {space} vectors: "
                f"the fewest themes within {_AUTO_TOLERANCE:.0%} of the highest",
                "k": best, "values": values, "documents_compared": len(sample)}
        self._finish(M, nonempty, labels)
        say("done")
        return self

    def _check_distinct(self, distinct: int, total: int) -> None:
        k = self.n_themes
        if k != "auto" and distinct < int(k):
            raise AnalysisError(
                f"asked for {k} themes but only {distinct} of the {total} documents "
                "are distinct and non-empty: give fewer themes or more documents")
        if k == "auto" and distinct < 2 * self.k_range[0]:
            raise AnalysisError(
                f"n_themes='auto' needs at least {2 * self.k_range[0]} distinct non-empty "
                f"documents, got {distinct} of {total}: give a number of themes")

    def _set_vocabulary(self, vectorizer: TfidfVectorizer) -> None:
        vocab = vectorizer.vocabulary_
        terms = [""] * len(vocab)
        for term, index in vocab.items():
            terms[index] = term
        self.vocabulary_ = terms
        self.idf_ = np.asarray(vectorizer.idf_, dtype=np.float64)

    def _finish(self, M: sp.csr_matrix, nonempty: np.ndarray[Any, Any],
                labels: np.ndarray[Any, Any]) -> None:
        """Order themes by size, compute centroids, scores, thresholds and labels."""
        sizes = np.bincount(labels)
        present = [c for c in np.argsort(-sizes, kind="stable") if sizes[c] > 0]
        remap = np.full(len(sizes), -1)
        remap[present] = np.arange(len(present))
        doc_theme = remap[labels]
        k = len(present)
        H = sp.csr_matrix((np.ones(len(doc_theme)), (doc_theme, np.arange(len(doc_theme)))),
                          shape=(k, len(doc_theme)))
        sums = np.asarray((H @ M[nonempty]).todense())
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        self.centroids_ = sums / np.where(norms > 0, norms, 1.0)
        n_all = M.shape[0]
        sims = np.asarray(M @ self.centroids_.T)
        themes = np.full(n_all, 0)
        themes[nonempty] = doc_theme
        empty = np.setdiff1d(np.arange(n_all), nonempty)
        if len(empty):
            themes[empty] = sims[empty].argmax(axis=1)
        scores = sims[np.arange(n_all), themes]
        thresholds = np.zeros(k)
        for c in range(k):
            member = scores[nonempty][doc_theme == c]
            thresholds[c] = self.outlier_factor * float(np.median(member)) if len(member) else 0
        self.thresholds_ = thresholds
        self.n_themes_ = k
        self.themes_ = themes
        self.scores_ = np.round(scores, 12)
        self.outliers_ = (scores < thresholds[themes]) | (np.diff(M.indptr) == 0)
        self.labels_ = np.where(self.outliers_, -1, themes)
        self.top_terms_ = top_terms(M[nonempty], doc_theme, self.vocabulary_, k,
                                    n=self.n_top_terms)
        self.theme_ids_ = [f"T{c + 1}" for c in range(k)]
        self.names_: dict[str, str] = {}
        self.model_id_ = self._content_id()

    def _content_id(self) -> str:
        digest = hashlib.sha256()
        digest.update(json.dumps(self.vocabulary_, ensure_ascii=False).encode("utf-8"))
        digest.update(np.ascontiguousarray(self.idf_).tobytes())
        digest.update(np.ascontiguousarray(self.centroids_).tobytes())
        digest.update(np.ascontiguousarray(self.thresholds_).tobytes())
        return "themes-" + digest.hexdigest()[:12]

    # -- using a fitted model --------------------------------------------------------
    def _matrix(self, X: Iterable[str], *,
                cache: TextCache | None = None) -> sp.csr_matrix:
        check_is_fitted(self, "centroids_")
        seg = segment_texts(list(X), segment=self.segment, cache=cache)
        vectorizer = TfidfVectorizer(
            token_pattern=TOKEN_PATTERN, lowercase=True,
            stop_words=stop_words(self.stop_words) or None, ngram_range=self.ngram_range,
            vocabulary={t: i for i, t in enumerate(self.vocabulary_)}, sublinear_tf=True,
            dtype=np.float64)
        vectorizer.idf_ = self.idf_
        matrix: sp.csr_matrix = vectorizer.transform(seg).tocsr()
        return matrix

    def transform(self, X: Iterable[str], *,
                  cache: TextCache | None = None) -> np.ndarray[Any, Any]:
        """Return the cosine of each text to each theme centroid (``n x n_themes_``)."""
        check_is_fitted(self, "centroids_")
        sims: np.ndarray[Any, Any] = np.asarray(self._matrix(X, cache=cache)
                                                @ self.centroids_.T)
        return sims

    def assign(self, X: Iterable[str], *, cache: TextCache | None = None
               ) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Return ``(theme index, score, outlier)`` arrays for new texts, without refitting.

        Example:
            >>> themes, scores, flags = model.assign(["Cải cách thủ tục"])  # doctest: +SKIP
        """
        sims = self.transform(X, cache=cache)
        themes = sims.argmax(axis=1)
        scores = np.round(sims[np.arange(len(themes)), themes], 12)
        outliers = (scores < self.thresholds_[themes]) | (scores <= 0)
        return themes, scores, outliers

    def predict(self, X: Iterable[str]) -> np.ndarray[Any, Any]:
        """Return the theme index of each text, ``-1`` for outliers."""
        themes, _scores, outliers = self.assign(X)
        labels: np.ndarray[Any, Any] = np.where(outliers, -1, themes)
        return labels

    def theme_label(self, index: int, *, terms: int = 3) -> str:
        """Return the label of theme ``index``: its top terms joined by `` · ``."""
        check_is_fitted(self, "centroids_")
        return " · ".join(self.top_terms_[index][:terms])

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags
