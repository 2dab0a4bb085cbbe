import io
import json
from pathlib import Path

import pytest

import questions
from questions.__main__ import main

SEED = str(Path(questions.__file__).parent / "data" / "seed-facts.yaml")


def test_validate_ok(capsys):
    assert main(["validate", SEED]) == 0
    assert "ok" in capsys.readouterr().out


def test_generate_json(capsys):
    assert main(["generate", SEED, "--seed", "1", "--count", "5", "--choices", "3"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert len(made) == 5
    assert all(len(q["choices"]) == 3 for q in made)


def test_generate_text_and_kinds(capsys):
    assert main(["generate", SEED, "--kinds", "date", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. [date, difficulty")
    assert "[cast" not in out


def test_bad_file_exits_2_with_messages(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": {}, "events": [{"date": "June-ish", "what": "x"}]}')
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "article.title: required" in err
    assert 'events[0].date: "June-ish" is not a date' in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("article: [")
    assert main(["generate", str(broken)]) == 2
    assert "invalid YAML" in capsys.readouterr().err
    assert main(["generate", str(tmp_path / "missing.json")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_not_enough_facts_exits_2(tmp_path, capsys):
    thin = tmp_path / "thin.json"
    thin.write_text('{"article": {"title": "T"}}')
    assert main(["generate", str(thin), "--kinds", "quote"]) == 2
    assert "no quote questions" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["--kinds", "trivia"], ["--count", "0"], ["--choices", "1"]])
def test_bad_options_exit_2(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(["generate", SEED, *args])
    assert info.value.code == 2


def test_generate_reads_extracted_facts_from_stdin(tmp_path, capsys, monkeypatch):
    article = tmp_path / "article.txt"
    article.write_text(
        'The film "Stone Lane" stars Ada Wren as Milly, Bo Lark as Tom and Cy Moss as Jo.'
        ' "It was a joy," Ada Wren said in 2019.',
        encoding="utf-8",
    )
    assert main(["extract", str(article), "--published", "2020-05-04"]) == 0
    facts = capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(facts.encode("utf-8"))))
    assert main(["generate", "-", "--kinds", "cast"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made and all(q["kind"] == "cast" for q in made)


def test_extract_refuses_an_article_too_long_and_says_why(tmp_path, capsys):
    article = tmp_path / "long.txt"
    article.write_text("word " * 30_000, encoding="utf-8")
    assert main(["extract", str(article)]) == 2
    assert "150,000 characters; at most 100,000 are read" in capsys.readouterr().err
