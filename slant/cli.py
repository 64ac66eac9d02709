"""Command line: `python build.py [build|import|serve]`. Errors become one-line messages here,
and only here; `--debug` shows the traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.server
import sys
import time
from pathlib import Path

from .analysis import analyse_article, analyse_story
from .config import Config, load_config
from .content import load_site_content
from .errors import BuildErrors, ContentError, SlantError
from .ingest import article_slug, choose_outlet, import_text, to_markdown
from .site import write_site
from .text import slugify


def build(config: Config, log=print) -> list[str]:
    """content -> analyse -> compare -> render -> write, one line per stage."""
    started = time.perf_counter()
    content = load_site_content(config.content_dir)
    stories = []
    for story in content.stories:
        analyses = [analyse_article(article) for article in story.articles]
        stories.append(analyse_story(story, analyses))
    written = write_site(config, content, stories)
    articles = sum(len(s.articles) for s in stories)
    log(f"built {len(stories)} stories, {articles} articles, {len(written)} files into "
        f"{config.output_dir} in {time.perf_counter() - started:.1f}s")
    return written


def import_files(paths: list[Path], story: str, outlet: str | None, content_dir: Path,
                 force: bool = False, log=print) -> int:
    """Import raw pastes into content/stories/<story>/; returns the number of failures."""
    if slugify(story) != story:
        raise SlantError(f"--story {story!r} must be a slug, e.g. {slugify(story)}")
    folder = content_dir / "stories" / story
    taken = {p.stem for p in folder.glob("*.md")}
    sources = {}
    for existing in folder.glob("*.md"):
        for line in existing.read_text(encoding="utf-8").splitlines()[:12]:
            if line.startswith("source: "):
                sources[line[8:].strip().strip("'\"")] = existing
    failures = 0
    for path in paths:
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            log(f"error: {path}: cannot read it as UTF-8 text ({exc.__class__.__name__})")
            failures += 1
            continue
        try:
            article = import_text(raw, path.name, is_html=path.suffix.lower() in {".html", ".htm"})
            name, where = choose_outlet(article, outlet, str(path))
        except ContentError as exc:
            log(f"error: {exc}")
            failures += 1
            continue
        target = sources.get(path.name)
        if target is not None and not force:
            log(f"error: {path}: already imported as {target}; pass --force to replace it")
            failures += 1
            continue
        if target is None:
            target = folder / f"{article_slug(name, taken)}.md"
        taken.add(target.stem)
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(to_markdown(article, name, where), encoding="utf-8")
        headline = (f"headline {article.title!r} (line {article.title_line})"
                    if article.title is not None else "no headline found (title left out)")
        log(f"{path} -> {target}\n  outlet: {name} (from {where})\n  {headline}")
        for removal in article.removed:
            log(f"  removed line {removal.line} ({removal.reason}): {removal.text[:70]!r}")
        for number in article.stripped_markup:
            log(f"  stripped HTML tags on line {number}")
    index = folder / "index.md"
    if folder.exists() and not index.exists():
        title = story.replace("-", " ").capitalize()
        index.write_text(f"---\ntitle: \"{title}\"\ndate: {dt.date.today().isoformat()}\n---\n\n"
                         "Editor's notes on this story (Markdown).\n", encoding="utf-8")
        log(f"wrote {index}: edit its title and date")
    return failures


def make_server(root: Path, prefix: str, port: int) -> http.server.ThreadingHTTPServer:
    """An HTTP server for a built site at `prefix` ("/" or "/<repo>/"), as GitHub Pages
    serves it: paths outside the prefix are 404, and 404s get the site's 404 page."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            # "/repo" -> "/repo/", as GitHub Pages does for a project site.
            if prefix != "/" and self.path.split("?", 1)[0] == prefix.rstrip("/"):
                self.send_response(301)
                self.send_header("Location", prefix)
                self.end_headers()
                return
            super().do_GET()

        def translate_path(self, path: str) -> str:
            clean = path.split("?", 1)[0].split("#", 1)[0]
            if not clean.startswith(prefix):
                return str(root / "__outside_base_path__")
            return super().translate_path("/" + clean[len(prefix):])

        def send_error(self, code, message=None, explain=None):
            page = root / "404.html"
            if code == 404 and page.exists():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            super().send_error(code, message, explain)

        def log_message(self, format: str, *args) -> None:
            pass

    handler = functools.partial(Handler, directory=str(root))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)


def serve(config: Config, port: int, log=print) -> None:
    """Serve site/ at the configured base path until Ctrl+C."""
    root = config.output_dir
    if not (root / "index.html").exists():
        raise SlantError(f"{root} has no index.html; run 'python build.py' first")
    try:
        server = make_server(root, config.base_path, port)
    except OSError as exc:
        raise SlantError(f"cannot serve on port {port} ({exc.strerror}); pass --port with "
                         "another number") from None
    with server:
        log(f"serving {root} at http://127.0.0.1:{server.server_port}{config.base_path} "
            "(Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            log("stopped")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python build.py", description=(
        "Slant: compare how outlets frame the same story and build a static site."))
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    p.add_argument("--root", default=".", help="project folder (default: current folder)")
    sub = p.add_subparsers(dest="command")
    b = sub.add_parser("build", help="build site/ from content/ (the default command)")
    b.add_argument("--base-url", help="where the site is served: '/' (default), '/<repo>/', "
                   "or a full URL such as https://me.github.io/repo/")
    b.add_argument("--output", help="output folder (default: site/)")
    i = sub.add_parser("import", help="turn raw pasted text or HTML into article files")
    i.add_argument("files", nargs="+", type=Path)
    i.add_argument("--story", required=True, help="story slug: content/stories/<story>/")
    i.add_argument("--outlet", help="the outlet that published the article(s)")
    i.add_argument("--force", action="store_true", help="replace an article imported before")
    s = sub.add_parser("serve", help="serve the built site locally")
    s.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    s.add_argument("--base-url", help="serve under this path, e.g. /my-repo/")
    s.add_argument("--output", help="folder to serve (default: site/)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command = args.command or "build"
    root = Path(args.root).resolve()
    try:
        if command == "import":
            failures = import_files(args.files, args.story, args.outlet, root / "content",
                                    args.force)
            return 1 if failures else 0
        config = load_config(root, getattr(args, "base_url", None), getattr(args, "output", None))
        if command == "serve":
            serve(config, args.port)
        else:
            build(config)
        return 0
    except BuildErrors as exc:
        if args.debug:
            raise
        for error in exc.errors:
            print(f"error: {error}", file=sys.stderr)
        print(f"build failed: {len(exc.errors)} problem(s); the previous site was left as it "
              "was", file=sys.stderr)
        return 1
    except SlantError as exc:
        if args.debug:
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug, not bad input: say so, keep the details for --debug
        if args.debug:
            raise
        print(f"error: internal error ({exc.__class__.__name__}: {exc}); nothing was "
              "changed. Rerun with --debug for the details and report it.", file=sys.stderr)
        return 2
