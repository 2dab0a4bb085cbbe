from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pytest

from questions.__main__ import add_convert_command
from questions.formats import read

EXAMPLES = Path(__file__).parent / "formats" / "examples"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="questions")
    add_convert_command(parser.add_subparsers(required=True))
    args = parser.parse_args(argv)
    result: int = args.handler(args)
    return result


def test_converts_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("convert", str(EXAMPLES / "moodle.gift"), "--to", "json") == 0
    out = capsys.readouterr().out
    assert read(out, "json") == read((EXAMPLES / "moodle.gift").read_text(encoding="utf-8"), "gift")


def test_sniffs_opentdb_json_and_writes_a_file(tmp_path: Path) -> None:
    out = tmp_path / "quiz.txt"
    assert run("convert", str(EXAMPLES / "opentdb.json"), "--to", "aiken", "-o", str(out)) == 0
    assert out.read_text(encoding="utf-8").startswith('Who played Romy in "Romy')


def test_reads_stdin_with_from(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Q?\nA. a\nB. b\nANSWER: B\n"))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert run("convert", "-", "--from", "aiken", "--to", "gift") == 0
    assert capsys.readouterr().out == "Q? {\n~a\n=b\n}\n"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["broken.txt", "--to", "gift"], "broken.txt: line 1: question has no 'ANSWER: X' line"),
        (["unsupported.gift", "--to", "json"], "unsupported.gift: line 2: essay questions"),
        (
            ["moodle.gift", "--from", "aiken", "--to", "json"],
            "moodle.gift: line 1: question has no",
        ),
        (["missing.gift", "--to", "json"], "missing.gift: cannot read: No such file or directory"),
        (["questions.json", "--to", "opentdb", "--from", "opentdb"], "questions.json: $: must be"),
        (["-", "--to", "aiken"], "-: reading stdin needs --from"),
    ],
)
def test_bad_input_exits_2_with_messages(
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(EXAMPLES)
    with pytest.raises(SystemExit) as exit:
        run("convert", *argv)
    assert exit.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(message)
    assert "Traceback" not in captured.err


def test_unknown_extension_and_bad_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "quiz.xml").write_text("<quiz/>", encoding="utf-8")
    (tmp_path / "quiz.gift").write_bytes(b"Q {=\xff ~b}")
    for name in ("quiz.xml", "quiz.gift"):
        with pytest.raises(SystemExit) as exit:
            run("convert", str(tmp_path / name), "--to", "json")
        assert exit.value.code == 2
    err = capsys.readouterr().err
    assert "quiz.xml: cannot tell the format from the name" in err
    assert "quiz.gift: byte 4: not UTF-8 text" in err


def test_a_question_the_target_cannot_hold_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "quiz.json"
    source.write_text('[{"prompt": "Q", "choices": ["two\\nlines", "b"], "answer": 0}]')
    with pytest.raises(SystemExit) as exit:
        run("convert", str(source), "--to", "aiken", "-o", str(tmp_path / "out.txt"))
    assert exit.value.code == 2
    assert capsys.readouterr().err == (
        f"{source}: cannot write aiken: questions[0].choices: choice 1 spans lines;"
        " an Aiken option is one line\n"
    )
    assert not (tmp_path / "out.txt").exists()


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        run(
            "convert",
            str(EXAMPLES / "moodle.txt"),
            "--to",
            "gift",
            "-o",
            str(tmp_path / "no" / "x"),
        )
    assert exit.value.code == 2
    assert "cannot write: No such file or directory" in capsys.readouterr().err
