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
