"""The few exceptions Slant raises; slant.cli turns each into a one-line message."""

from __future__ import annotations

from pathlib import Path


class SlantError(Exception):
    """Base class: something the user can fix (bad input, bad option)."""


class ContentError(SlantError):
    """A content file is wrong: carries the file and line so the editor can go straight to it."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


class ConfigError(SlantError):
    """A site option is wrong (command line or slant.yml)."""


class BuildErrors(SlantError):
    """Several problems found in one pass; the build reports them all at once."""

    def __init__(self, errors: list[SlantError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
