"""Settings from pyproject.toml [tool.textfix] / textfix.toml, found upward,
with the command line winning; `textfix config` says where each came from."""

import json

import pytest
from click.testing import CliRunner

from textfix.cli import main
from textfix.settings import SettingsError, find_config_file, load_file, resolve


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_found_from_a_subdirectory_upward(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", '[tool.textfix]\nnormalize = "ml"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config_file(sub) == cfg


def test_pyproject_without_the_table_is_skipped(tmp_path):
    top = write(tmp_path / "textfix.toml", 'lang = "fr"\n')
    write(tmp_path / "proj" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config_file(tmp_path / "proj") == top


def test_textfix_toml_before_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.textfix]\nlang = "de"\n')
    own = write(tmp_path / "textfix.toml", 'lang = "fr"\n')
    assert find_config_file(tmp_path) == own


def test_keys_kebab_and_snake_and_profile_alias(tmp_path):
    cfg = write(tmp_path / "textfix.toml", 'extend-select = ["TN140"]\nunsafe_fixes = true\n'
                'profile = "fr-typography"\nignore = "TF2"\n[options]\nfr_mark_space = " "\n')
    assert load_file(cfg) == {"extend_select": ("TN140",), "unsafe_fixes": True,
                              "normalize": "fr-typography", "ignore": ("TF2",),
                              "options": (("fr_mark_space", " "),)}


@pytest.mark.parametrize("body,message", [
    ('colour = "red"\n', "unknown setting 'colour'"),
    ("select = 3\n", "select must be a list of rule codes"),
    ('unsafe-fixes = "yes"\n', "unsafe-fixes must be true or false"),
    ('normalize = "nope"\n', "normalize must be a profile"),
    ('detector = "magic"\n', "detector must be one of"),
    ("lang = \n", "invalid TOML"),
])
def test_bad_files_are_named_in_the_error(tmp_path, body, message):
    cfg = write(tmp_path / "textfix.toml", body)
    with pytest.raises(SettingsError) as err:
        resolve(config_file=cfg)
    assert str(cfg) in str(err.value) and message in str(err.value)


def test_command_line_wins_and_lists_merge(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.textfix]\nselect = ["TF1"]\nignore = ["TF101"]\n'
          'extend-select = ["TN140"]\nlang = "fr"\nnormalize = "ml"\n')
    s = resolve({"select": ("TF4",), "ignore": ("TN151",), "lang": "en", "normalize": None},
                start=tmp_path)
    c = s.config
    assert c.select == ("TF4",) and c.lang == "en" and c.normalize == "ml"
    assert c.ignore == ("TF101", "TN151") and c.extend_select == ("TN140",)
    src = s.sources
    assert src["select"] == "command line" and src["normalize"] == str(tmp_path / "pyproject.toml")
    assert src["ignore"].endswith("+ command line")
    assert "unsafe_fixes" not in src  # default


def test_isolated_ignores_files(tmp_path):
    write(tmp_path / "textfix.toml", 'normalize = "ml"\n')
    assert resolve(start=tmp_path).config.normalize == "ml"
    assert resolve(start=tmp_path, isolated=True).config.normalize is None


def test_cli_uses_the_file_and_config_shows_sources(tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", '[tool.textfix]\nnormalize = "ml"\nlang = "fr"\n')
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    r = runner.invoke(main, ["fix"], input="l’été “chaud”")
    assert r.exit_code == 0 and r.stdout == "l'été \"chaud\""
    r = runner.invoke(main, ["fix", "--isolated"], input="l’été “chaud”")
    assert r.stdout == "l’été “chaud”"
    r = runner.invoke(main, ["fix", "--normalize", "whitespace"], input="l’été “chaud”")
    assert r.stdout == "l’été “chaud”"
    r = runner.invoke(main, ["config", "--lang", "en"])
    assert r.exit_code == 0
    lines = {ln.split("=")[0].strip(): ln for ln in r.stdout.splitlines()}
    assert "pyproject.toml" in lines["normalize"] and "(command line)" in lines["lang"]
    assert "(default)" in lines["detector"]
    r = runner.invoke(main, ["config", "--format", "json"])
    data = json.loads(r.stdout)
    assert data["settings"]["normalize"] == {"value": "ml", "source": str(tmp_path / "pyproject.toml")}


def test_cli_reports_a_bad_file_with_exit_2(tmp_path, monkeypatch):
    write(tmp_path / "textfix.toml", "select = [\n")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["check"], input="x")
    assert r.exit_code == 2 and "textfix.toml" in r.output and "invalid TOML" in r.output
