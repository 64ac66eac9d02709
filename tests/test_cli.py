import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import ROOT

from slant.cli import main
from slant.config import parse_base_url
from slant.errors import ConfigError


def run(*args: str) -> int:
    return main(list(args))


def test_build_writes_site_and_a_failed_build_leaves_it_intact(project_copy, capsys):
    assert run("--root", str(project_copy)) == 0
    site = project_copy / "site"
    index = (site / "index.html").read_text(encoding="utf-8")
    broken = project_copy / "content" / "stories" / "harris-guatemala-trip" / "cbs-news.md"
    broken.write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    capsys.readouterr()
    assert run("--root", str(project_copy)) == 1
    err = capsys.readouterr().err
    assert f"{broken}:2: front matter is not valid YAML" in err
    assert "the previous site was left as it was" in err
    assert (site / "index.html").read_text(encoding="utf-8") == index
    leftovers = [p.name for p in project_copy.iterdir() if p.name.startswith("site.")]
    assert leftovers == []


def test_import_refuses_to_guess_the_outlet_and_says_how_to_fix_it(tmp_path, capsys):
    paste = tmp_path / "paste.txt"
    paste.write_text("Floods close schools across the valley\n\nHeavy rain closed 40 schools on "
                     "Tuesday, the district said.\n\nOfficials expect them to reopen Friday.\n",
                     encoding="utf-8")
    assert run("--root", str(tmp_path), "import", str(paste), "--story", "floods") == 1
    assert "pass --outlet NAME" in capsys.readouterr().out
    assert run("--root", str(tmp_path), "import", str(paste), "--story", "floods",
               "--outlet", "Valley Herald") == 0
    written = (tmp_path / "content/stories/floods/valley-herald.md").read_text(encoding="utf-8")
    assert "title: Floods close schools across the valley" in written
    assert "outlet_source: given on the command line (--outlet)" in written
    assert (tmp_path / "content/stories/floods/index.md").exists()
    assert run("--root", str(tmp_path), "import", str(paste), "--story", "floods",
               "--outlet", "Valley Herald") == 1
    assert "pass --force" in capsys.readouterr().out


def test_committed_seed_story_is_the_importers_output(tmp_path):
    """content/ holds what `import` writes, plus front matter an editor added by hand."""
    from slant.content import split_front_matter
    from slant.ingest import import_text

    for article in sorted((ROOT / "content/stories/harris-guatemala-trip").glob("*.md")):
        if article.name == "index.md":
            continue
        meta, body, _ = split_front_matter(article.read_text(encoding="utf-8"), article)
        seed = ROOT / "seeds" / meta["source"]
        imported = import_text(seed.read_text(encoding="utf-8"), seed.name)
        assert body.strip() == imported.body
        assert meta.get("title") == imported.title


@pytest.mark.parametrize("value, expected", [
    ("/", (None, "/")), ("/repo", (None, "/repo/")),
    ("https://me.github.io/repo", ("https://me.github.io", "/repo/")),
])
def test_base_url_forms(value, expected):
    assert parse_base_url(value) == expected


@pytest.mark.parametrize("value", ["repo/", "ftp://x/y", "/a b/", ""])
def test_bad_base_url_is_a_clear_error(value):
    with pytest.raises(ConfigError):
        parse_base_url(value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_under_a_sub_path(seed_site):
    port = _free_port()
    proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "--root", str(ROOT), "serve",
                             "--port", str(port), "--base-url", "/demo/",
                             "--output", str(seed_site)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(50):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/demo/index.html") as r:
                    assert b"<h1>Slant</h1>" in r.read()
                break
            except urllib.error.URLError:
                time.sleep(0.1)
        else:
            pytest.fail("server did not start")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/index.html")
        assert info.value.code == 404
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/demo") as r:  # follows 301
            assert r.url.endswith("/demo/") and b"<h1>Slant</h1>" in r.read()
    finally:
        proc.terminate()
        proc.wait(timeout=5)

