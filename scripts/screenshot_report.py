"""Take a PNG screenshot of a report with Debian's headless Chromium (for docs/report.png).

    python scripts/screenshot_report.py demo-output/report.html -o docs/report.png

Needs /usr/bin/chromium (apt-get install chromium) and the playwright package
(in the test extra; it drives the installed browser and downloads none). The
page is loaded from disk with every network request refused, the charts are
awaited, and the top of the page (``--height`` pixels) is captured.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def screenshot(report: Path, out: Path, *, width: int, height: int, chromium: str) -> None:
    """Write the top ``height`` pixels of ``report`` rendered ``width`` wide to ``out``."""
    from playwright.sync_api import sync_playwright

    url = report.resolve().as_uri()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height},
                                device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
        page.goto(url)
        page.wait_for_selector("html[data-report-ready]", timeout=60_000)
        for chart in ("chart-overview", "chart-themes"):
            if page.locator(f"#{chart} .vega-embed").count():
                page.wait_for_selector(f"#{chart}[data-rendered] svg", timeout=60_000)
        page.screenshot(path=str(out), clip={"x": 0, "y": 0, "width": width, "height": height},
                        full_page=True)
        browser.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", type=Path, help="the report's HTML file")
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/report.png"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1600)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not args.report.is_file():
        parser.error(f"{args.report}: no such file")
    if not Path(args.chromium).exists():
        parser.error(f"{args.chromium}: not installed (apt-get install chromium)")
    args.output.parent.mkdir(parents=True, exist_ok=True)
    screenshot(args.report, args.output, width=args.width, height=args.height,
               chromium=args.chromium)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
