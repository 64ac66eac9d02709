"""Screenshot built pages at desktop and phone widths with Debian's Chromium.

    python scripts/screenshots.py [--out screenshots] [PAGE ...]

Serves site/ on a free local port, opens each page (default: index, every story page and
the first article of each story) at 1280 px and 390 px wide and writes full-page PNGs.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
WIDTHS = {"desktop": 1280, "phone": 390}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--site", default="site")
    parser.add_argument("--out", default="screenshots")
    args = parser.parse_args()
    site = Path(args.site)
    pages = args.pages or (["index.html"] + sorted(str(p.relative_to(site)) for p in
                                                   site.glob("stories/*.html"))
                           + [str(sorted(d.glob("*.html"))[0].relative_to(site))
                              for d in sorted(site.glob("articles/*"))])
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    out = Path(args.out)
    out.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name, width in WIDTHS.items():
            page = browser.new_page(viewport={"width": width, "height": 900})
            for path in pages:
                page.goto(f"http://127.0.0.1:{server.server_port}/{path}")
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(500)
                stem = f"{path.replace('/', '_').removesuffix('.html')}-{name}"
                height = page.evaluate("document.documentElement.scrollHeight")
                # Tall pages in screen-sized parts, so each part stays legible when viewed.
                part_height = 1400 if width > 600 else 1600
                for n, top in enumerate(range(0, height, part_height), 1):
                    target = out / f"{stem}-{n}.png"
                    page.screenshot(path=str(target), full_page=True, clip={
                        "x": 0, "y": top, "width": width,
                        "height": min(part_height, height - top)})
                    print(target)
            page.close()
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main()
