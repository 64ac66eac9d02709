"""Shared fixtures: the project root, and the seed site built into temporary folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from slant.cli import build
from slant.config import load_config

ROOT = Path(__file__).resolve().parent.parent
SEED_STORY = "harris-guatemala-trip"


def build_site(output: Path, base_url: str | None = None, root: Path = ROOT) -> Path:
    config = load_config(root, base_url=base_url, output=str(output))
    build(config, log=lambda *_: None)
    return output


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The committed content built at the root path, once per test run."""
    return build_site(tmp_path_factory.mktemp("built") / "site")


@pytest.fixture(scope="session")
def subpath_site(tmp_path_factory) -> Path:
    """The same content built for GitHub Pages under /slant-demo/."""
    return build_site(tmp_path_factory.mktemp("built-sub") / "site",
                      base_url="https://example.github.io/slant-demo/")


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """A throwaway copy of the project's content, templates and static files."""
    for name in ("content", "templates", "static"):
        shutil.copytree(ROOT / name, tmp_path / name)
    return tmp_path
