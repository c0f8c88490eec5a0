"""Build corpus_tool/demo/articles.jsonl, the text of the bundled demo press site.

Run from the project root with ../shared beside it:  python scripts/build_demo_data.py

Sources (both may be packaged, see the README's credits):
- the seed article, Báo Bình Dương 05-01-2023 "Đổi mới trong học và làm theo Bác"
  (../shared/data/seed/), split into title, sapo, body, captions and byline;
- DANeS (dataset-vn/DANeS, CC BY 4.0, "DANeS, DATASET JSC and AIV Group"):
  real headlines and descriptions with their topic labels, grouped into sections.

DANeS items carry no publication date, so the demo site gives each one a date
spread over the twelve weeks up to the seed article's date, in a fixed order;
the README says so. The output is deterministic.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "corpus_tool" / "demo" / "articles.jsonl"

SECTIONS = {  # DANeS topic -> demo section (slug, name)
    "Xã hội": ("xa-hoi", "Xã hội"),
    "Kinh tế": ("kinh-te", "Kinh tế"),
    "Chính trị": ("chinh-tri", "Chính trị"),
    "Sức khoẻ": ("suc-khoe", "Sức khỏe"),
    "Covid-19": ("suc-khoe", "Sức khỏe"),
    "Giáo dục": ("giao-duc", "Giáo dục"),
    "Thể thao": ("the-thao", "Thể thao"),
    "Pháp luật": ("phap-luat", "Pháp luật"),
    "Văn hoá": ("van-hoa", "Văn hóa"),
    "Môi trường": ("moi-truong", "Môi trường"),
    "Công nghệ": ("cong-nghe", "Công nghệ"),
}
PER_SECTION = 40
TZ = timezone(timedelta(hours=7))
END = datetime(2023, 1, 5, 8, 40, 31, tzinfo=TZ)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s).strip()


def seed_record() -> dict[str, object]:
    text = nfc((SHARED / "seed" / "tdm-lam-theo-bac-2023-01-05.txt").read_text("utf-8"))
    gold = json.loads((SHARED / "seed" / "gold.json").read_text("utf-8"))
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    title = gold["title"]
    body = [p for p in paras if p not in (title, gold["byline"], *gold["boilerplate"])
            and p not in gold["captions"]]
    sapo, body = body[0], body[1:]
    return {
        "id": "bbd-258900", "slug": "doi-moi-trong-hoc-va-lam-theo-bac-a258900",
        "section": "chinh-tri", "section_name": "Chính trị",
        "title": title, "sapo": sapo, "body": body,
        "subheadings": gold["subheadings"], "captions": gold["captions"],
        "caption_after": gold["subheadings"][1],
        "authors": gold["authors"], "byline": gold["byline"],
        "published": gold["published"], "tags": ["Học tập và làm theo Bác", "Thủ Dầu Một"],
        "source": "Báo Bình Dương, baobinhduong.vn, 05-01-2023",
    }


def danes_records() -> list[dict[str, object]]:
    items = json.loads((SHARED / "danes" / "annotated_data_batch_1.json").read_text("utf-8"))
    picked: dict[str, list[dict[str, object]]] = {}
    for item in items:
        topics = [c for a in item["annotations"] if a["from_name"] == "topic"
                  for c in a["value"]["choices"]]
        sentiment = [c for a in item["annotations"] if a["from_name"] == "sentiment"
                     for c in a["value"]["choices"]]
        title = nfc(item["data"]["text"])
        desc = nfc(item["data"]["meta"].get("description") or "")
        if not topics or len(desc) < 60 or topics[0] not in SECTIONS:
            continue
        slug, name = SECTIONS[topics[0]]
        bucket = picked.setdefault(slug, [])
        if len(bucket) >= PER_SECTION:
            continue
        bucket.append({
            "id": f"danes-{item['id']}", "section": slug, "section_name": name,
            "title": title, "sapo": desc, "body": [],
            "topics": topics, "sentiment": sentiment[0] if sentiment else None,
            "source": f"DANeS item {item['id']}: {item['data']['meta'].get('uri', '')}",
        })
    records = [r for slug in sorted(picked) for r in picked[slug]]
    records.sort(key=lambda r: hashlib.sha1(str(r["id"]).encode()).hexdigest())
    step = timedelta(weeks=12) / max(len(records), 1)
    for i, rec in enumerate(records):
        when = END - step * (i + 1)
        rec["published"] = when.replace(microsecond=0).isoformat()
        number = 257000 + i
        rec["slug"] = f"{rec['id']}-a{number}"
    return records


def main() -> None:
    records = [seed_record(), *danes_records()]
    with OUT.open("w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
