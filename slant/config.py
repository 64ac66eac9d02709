"""Site settings: defaults, then slant.yml, then the command line. Errors are collected."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .errors import ConfigError

DEFAULT_ORIGIN = "http://localhost:8000"


@dataclass(frozen=True)
class Config:
    title: str = "Slant"
    description: str = "How different outlets frame the same story, side by side."
    base_path: str = "/"  # where the site is served: "/" or "/<repo>/"
    origin: str = DEFAULT_ORIGIN  # scheme and host, for the sitemap and feed
    content_dir: Path = Path("content")
    output_dir: Path = Path("site")
    template_dirs: tuple[Path, ...] = field(default_factory=lambda: (Path("templates"),))
    static_dir: Path = Path("static")

    @property
    def site_url(self) -> str:
        return self.origin.rstrip("/") + self.base_path


def parse_base_url(value: str) -> tuple[str | None, str]:
    """'/repo/' -> (None, '/repo/'); 'https://me.github.io/repo' -> ('https://me.github.io',
    '/repo/')."""
    value = value.strip()
    if not value:
        raise ConfigError("--base-url is empty; use '/' or '/<repo>/' or a full URL")
    parts = urlsplit(value)
    if parts.scheme:
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ConfigError(f"--base-url {value!r}: a full URL must start with http:// or "
                              "https:// and name a host")
        origin, path = f"{parts.scheme}://{parts.netloc}", parts.path
    else:
        origin, path = None, value
    if not path.startswith("/"):
        raise ConfigError(f"--base-url {value!r} must start with '/' (e.g. /my-repo/)")
    if any(ch in path for ch in "?#\"'<> \\") or path.startswith("//") or (
            parts.scheme and (parts.query or parts.fragment)):
        raise ConfigError(f"--base-url {value!r} must be a plain path such as /my-repo/ (no "
                          "spaces, quotes, backslashes, '?', '#' or leading '//')")
    return origin, path.rstrip("/") + "/"


def load_config(root: Path, base_url: str | None = None, output: str | None = None) -> Config:
    config = Config(content_dir=root / "content", output_dir=root / "site",
                    template_dirs=(root / "templates",), static_dir=root / "static")
    settings_file = root / "slant.yml"
    if settings_file.exists():
        try:
            settings = yaml.safe_load(settings_file.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise ConfigError(f"{settings_file}: not valid YAML ({exc})") from None
        problems = []
        known = {"title", "description", "base_url"}
        for key in settings:
            if key not in known:
                problems.append(f"{settings_file}: unknown option '{key}' "
                                f"(known: {', '.join(sorted(known))})")
            elif not isinstance(settings[key], str):
                problems.append(f"{settings_file}: option '{key}' must be text")
        if problems:
            raise ConfigError("\n".join(problems))
        config = replace(config, title=settings.get("title", config.title),
                         description=settings.get("description", config.description))
        base_url = base_url or settings.get("base_url")
    if base_url:
        origin, path = parse_base_url(base_url)
        config = replace(config, base_path=path, origin=origin or config.origin)
    if output:
        config = replace(config, output_dir=Path(output).resolve())
    check_output(config, root)
    return config


SITE_MARKER = ".slant-site"  # written into every built site; only such a folder is replaced


def _looks_built(folder: Path) -> bool:
    """A site Slant built: its marker, or (built before the marker existed) the page, data
    and asset folders every build writes."""
    return (folder / SITE_MARKER).exists() or all(
        (folder / name).exists() for name in ("index.html", "data", "assets", "sitemap.xml"))


def check_output(config: Config, root: Path) -> None:
    """Refuse an output folder whose replacement would lose work: the project itself, a
    folder holding it or its sources, or an existing folder that is not a Slant site."""
    output = config.output_dir.resolve()
    protected = [root.resolve(), config.content_dir.resolve(), config.static_dir.resolve(),
                 *(d.resolve() for d in config.template_dirs)]
    for folder in protected:
        if output == folder or output in folder.parents:
            raise ConfigError(f"--output {output} would replace {folder}; choose a folder of "
                              "its own, such as site/")
    if output.exists() and (not output.is_dir() or (
            any(output.iterdir()) and not _looks_built(output))):
        raise ConfigError(f"--output {output} exists and is not a site Slant built (no "
                          f"{SITE_MARKER} file); remove it or choose another folder")
