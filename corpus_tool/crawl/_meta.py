"""Page metadata: JSON-LD, OpenGraph / article meta tags, <time>, canonical link, language.

Each reader returns plain candidates tagged with the source they came from;
:mod:`corpus_tool.crawl._extract` chooses among them in order of trust.
"""

from __future__ import annotations

import html
import json
import logging
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

__all__ = ["PageMeta", "read_meta"]

logger = logging.getLogger(__name__)

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                  "blogposting", "opinionnewsarticle", "backgroundnewsarticle", "report",
                  "liveblogposting", "scholarlyarticle", "techarticle"}
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                   "pubdate", "publishdate", "publish-date", "date", "dc.date.issued",
                   "dc.date", "dcterms.created", "article.published", "sailthru.date",
                   "parsely-pub-date", "cxenseparse:recs:publishtime")
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "lastmod",
                 "last-modified", "dcterms.modified", "article.updated")


@dataclass(slots=True)
class PageMeta:
    """Candidates for each field, best source first: lists of ``(source, value)``."""

    title: list[tuple[str, str]] = field(default_factory=list)
    description: list[tuple[str, str]] = field(default_factory=list)
    published: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    authors: list[tuple[str, list[str]]] = field(default_factory=list)
    section: list[tuple[str, str]] = field(default_factory=list)
    tags: list[tuple[str, list[str]]] = field(default_factory=list)
    canonical: list[tuple[str, str]] = field(default_factory=list)
    language: list[tuple[str, str]] = field(default_factory=list)
    site_name: str = ""
    is_article: bool = False
    og_type: str = ""


def _text(value: Any) -> str:
    if isinstance(value, str):
        return " ".join(html.unescape(value).split())
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@id") or "")
    if isinstance(value, list) and value:
        return _text(value[0])
    return ""


def _names(value: Any) -> list[str]:
    """Return person names from a JSON-LD author value (string, object or list)."""
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        if isinstance(item, dict) and str(item.get("@type", "")).lower() == "organization":
            continue
        name = _text(item)
        if name and not name.startswith("http"):
            out.append(name)
    return out


def _json_ld_objects(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.css('script[type="application/ld+json"]'):
        raw = script.text(deep=True).strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            logger.debug("unreadable JSON-LD block skipped")
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
    return objects


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type", "")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def _read_json_ld(tree: LexborHTMLParser, meta: PageMeta) -> None:
    for obj in _json_ld_objects(tree):
        kinds = _types(obj)
        if kinds & _ARTICLE_TYPES:
            meta.is_article = True
            src = "json-ld"
            for key in ("headline", "name"):
                if _text(obj.get(key)):
                    meta.title.append((src, _text(obj.get(key))))
                    break
            if _text(obj.get("description")):
                meta.description.append((src, _text(obj["description"])))
            if _text(obj.get("datePublished")):
                meta.published.append((src, _text(obj["datePublished"])))
            if _text(obj.get("dateModified")):
                meta.updated.append((src, _text(obj["dateModified"])))
            if obj.get("author"):
                names = _names(obj["author"])
                if names:
                    meta.authors.append((src, names))
            if _text(obj.get("articleSection")):
                meta.section.append((src, _text(obj["articleSection"])))
            keywords = obj.get("keywords")
            if isinstance(keywords, str):
                keywords = keywords.split(",")
            if isinstance(keywords, list):
                tags = [_text(k) for k in keywords if _text(k)]
                if tags:
                    meta.tags.append((src, tags))
            page = obj.get("mainEntityOfPage")
            url = _text(page) if isinstance(page, dict) else _text(obj.get("url") or page)
            if url.startswith("http"):
                meta.canonical.append((src, url))
            if _text(obj.get("inLanguage")):
                meta.language.append((src, _text(obj["inLanguage"])))
        elif "breadcrumblist" in kinds:
            items = obj.get("itemListElement")
            if isinstance(items, list) and len(items) > 1:
                last = items[-1]
                name = _text(last.get("name") or last.get("item")) if isinstance(last, dict) \
                    else ""
                if name:
                    meta.section.append(("json-ld-breadcrumb", name))


def read_meta(tree: LexborHTMLParser) -> PageMeta:
    """Return the metadata candidates of a parsed page (JSON-LD first, then meta tags)."""
    meta = PageMeta()
    _read_json_ld(tree, meta)
    by_name: dict[str, list[str]] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
               or attrs.get("http-equiv") or "")
        value = attrs.get("content")
        if key and value and value.strip():
            by_name.setdefault(key.strip().lower(), []).append(" ".join(value.split()))

    def first(*keys: str) -> str:
        for key in keys:
            if by_name.get(key):
                return by_name[key][0]
        return ""

    meta.og_type = first("og:type").lower()
    meta.site_name = first("og:site_name", "application-name")
    if meta.og_type == "article" or first("article:published_time"):
        meta.is_article = True
    for key, target in (("og:title", meta.title), ("twitter:title", meta.title),
                        ("og:description", meta.description),
                        ("description", meta.description)):
        if first(key):
            target.append(("meta", first(key)))
    for keys, target in ((_PUBLISHED_META, meta.published), (_UPDATED_META, meta.updated)):
        value = first(*keys)
        if value:
            target.append(("meta", value))
    if first("article:section"):
        meta.section.append(("meta", first("article:section")))
    tags = by_name.get("article:tag", [])
    if tags:
        meta.tags.append(("meta", tags))
    for key in ("author", "article:author", "dc.creator"):
        names = [n for n in by_name.get(key, []) if not n.startswith("http")]
        if names and not _is_site_name(names[0], meta.site_name):
            meta.authors.append(("meta", names))
            break
    keywords = first("news_keywords", "keywords")
    if keywords:
        meta.tags.append(("meta-keywords", [k.strip() for k in keywords.split(",") if k.strip()]))
    link = tree.css_first('link[rel="canonical"][href]')
    if link is not None:
        meta.canonical.insert(0, ("link", link.attributes.get("href") or ""))
    if first("og:url"):
        meta.canonical.append(("meta", first("og:url")))
    for node in tree.css("time[datetime], [itemprop=datePublished][datetime]"):
        value = node.attributes.get("datetime") or ""
        prop = (node.attributes.get("itemprop") or "").lower()
        if value.strip():
            target = meta.updated if prop == "datemodified" else meta.published
            target.append(("time", value.strip()))
    lang = tree.css_first("html[lang]")
    if lang is not None and lang.attributes.get("lang"):
        meta.language.append(("html", lang.attributes.get("lang") or ""))
    for key in ("og:locale", "content-language", "language"):
        if first(key):
            meta.language.append(("meta", first(key)))
    return meta


def _is_site_name(name: str, site_name: str) -> bool:
    """Return whether an ``author`` meta value names the site rather than a person."""
    low = name.lower()
    return (bool(site_name) and low == site_name.lower()) or ".vn" in low or ".com" in low
