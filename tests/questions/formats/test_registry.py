from __future__ import annotations

from pathlib import Path

import pytest

from questions.formats import FORMATS, KEEPS, FormatError, format_for_filename, kept, read, write
from questions.question import Question

EXAMPLES = Path(__file__).parent / "examples"
QUESTIONS = [
    Question(
        "cast", "Who played Romy?", ("Mira Sorvino", "Lisa Kudrow", "Alan Cumming"), 0, "Yes.", 1
    ),
    Question("custom", "Romy's car is yellow.", ("True", "False"), 1, "It is a Jaguar.", 3),
]


def test_formats_are_named() -> None:
    assert FORMATS == ("gift", "aiken", "opentdb", "json")
    assert set(KEEPS) == set(FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_what_each_format_keeps(fmt: str) -> None:
    again = read(write(QUESTIONS, fmt), fmt)
    assert again == [kept(question, fmt) for question in QUESTIONS]
    for before, after in zip(QUESTIONS, again, strict=True):
        for field in KEEPS[fmt]:
            if field in ("choices", "answer"):
                assert after.right_choice == before.right_choice
                assert sorted(after.choices) == sorted(before.choices)
            else:
                assert getattr(after, field) == getattr(before, field)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("quiz.gift", "gift"),
        ("QUIZ.GIFT", "gift"),
        ("quiz.txt", "aiken"),
        ("dir.v2/quiz.aiken", "aiken"),
        ("quiz.json", "json"),
    ],
)
def test_format_for_filename(name: str, fmt: str) -> None:
    assert format_for_filename(name) == fmt


def test_format_for_txt_is_gift_when_it_looks_like_gift() -> None:
    gift = (EXAMPLES / "moodle.gift").read_text(encoding="utf-8")
    aiken = (EXAMPLES / "moodle.txt").read_text(encoding="utf-8")
    assert format_for_filename("a.txt", gift) == "gift"
    assert format_for_filename("a.txt", aiken) == "aiken"
    assert format_for_filename("a.aiken", gift) == "aiken"


def test_format_for_json_is_sniffed_from_its_shape() -> None:
    opentdb = (EXAMPLES / "opentdb.json").read_text(encoding="utf-8")
    plain = (EXAMPLES / "questions.json").read_text(encoding="utf-8")
    assert format_for_filename("a.json", opentdb) == "opentdb"
    assert format_for_filename("a.json", plain) == "json"


@pytest.mark.parametrize("name", ["quiz.docx", "quiz", "dir.gift/quiz"])
def test_unknown_file_type_is_refused(name: str) -> None:
    with pytest.raises(FormatError) as error:
        format_for_filename(name)
    assert error.value.problems == [
        f"{name}: cannot tell the format from the name; use one of .gift, .aiken, .txt, .json"
    ]


def test_unknown_format_name_is_refused() -> None:
    with pytest.raises(FormatError, match="unknown format 'qti'"):
        read("", "qti")
    with pytest.raises(FormatError, match="unknown format 'qti'"):
        write(QUESTIONS, "qti")
