import pytest

from slant.config import DEFAULT_ORIGIN, load_config
from slant.errors import ConfigError


def test_defaults_serve_from_the_root(tmp_path):
    config = load_config(tmp_path)
    assert config.base_path == "/" and config.site_url == DEFAULT_ORIGIN + "/"
    assert config.output_dir == tmp_path / "site"


def test_settings_file_and_command_line(tmp_path):
    (tmp_path / "slant.yml").write_text('title: "Border Watch"\nbase_url: /from-file/\n')
    config = load_config(tmp_path)
    assert config.title == "Border Watch" and config.base_path == "/from-file/"
    config = load_config(tmp_path, base_url="https://me.github.io/repo")
    assert config.base_path == "/repo/"
    assert config.site_url == "https://me.github.io/repo/"


def test_every_settings_problem_is_reported_at_once(tmp_path):
    (tmp_path / "slant.yml").write_text("titel: Typo\ndescription: 3\n")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path)
    message = str(info.value)
    assert "unknown option 'titel'" in message and "'description' must be text" in message


@pytest.mark.parametrize("output", [".", "content", "templates", ".."])
def test_output_may_not_replace_the_project_or_its_sources(tmp_path, output):
    for name in ("content", "templates", "static"):
        (tmp_path / name).mkdir()
    with pytest.raises(ConfigError, match="would replace"):
        load_config(tmp_path, output=str(tmp_path / output))


def test_output_must_be_empty_or_a_slant_site(tmp_path):
    other = tmp_path / "holiday-photos"
    other.mkdir()
    (other / "beach.jpg").write_bytes(b"not a site")
    with pytest.raises(ConfigError, match="not a site Slant built"):
        load_config(tmp_path, output=str(other))
    (other / "beach.jpg").unlink()
    assert load_config(tmp_path, output=str(other)).output_dir == other.resolve()
