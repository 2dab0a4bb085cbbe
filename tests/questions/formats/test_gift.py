from __future__ import annotations

from pathlib import Path

import pytest

from questions.exc import FormatError
from questions.formats import gift
from questions.question import Question

EXAMPLES = Path(__file__).parent / "examples"


def problems(text: str) -> list[str]:
    with pytest.raises(FormatError) as error:
        gift.read(text)
    return error.value.problems


def test_reads_moodle_examples() -> None:
    questions = gift.read((EXAMPLES / "moodle.gift").read_text(encoding="utf-8"))
    assert questions == [
        Question(
            "custom",
            'Who played Romy in "Romy and Michele\'s High School Reunion"?',
            ("Mira Sorvino", "Lisa Kudrow", "Janeane Garofalo", "Alan Cumming"),
            0,
            "Right: Sorvino played Romy.",
        ),
        Question(
            "custom",
            "Grant is buried in Grant's tomb.",
            ("True", "False"),
            0,
            "He and his wife both are.",
        ),
        Question(
            "custom",
            "Which of these is written with GIFT's special characters : ~ = # { }?",
            ("a {braced} = sign", "a ~tilde~", "a back\\slash"),
            0,
            "Escape ~ = # { } : with a backslash.",
        ),
        Question(
            "custom",
            "What is the capital\nof France? This question spans two lines.",
            ("London", "Berlin", "Paris"),
            2,
        ),
        Question("custom", "Is **this** markdown?", ("True", "False"), 0),
        Question("custom", "Which tag makes bold text & which italic?", ("<b>", "<i>"), 0),
    ]


def test_unsupported_kinds_are_reported_by_line() -> None:
    found = problems((EXAMPLES / "unsupported.gift").read_text(encoding="utf-8"))
    assert found == [
        "line 2: essay questions ({}) are not supported",
        "line 4: numeric questions ({#...}) are not supported",
        "line 6: short-answer questions (no ~ wrong answer) are not supported",
        "line 8: matching questions (=a -> b) are not supported",
        "line 14: answer weight %50% (partial credit) is not supported",
        "line 15: answer weight %50% (partial credit) is not supported",
        "line 16: answer weight %-100% (partial credit) is not supported",
        "line 13: question has no right answer",
        "line 19: text after the answer block (a missing-word question) is not supported",
        "line 21: question has 2 right answers; only one is supported",
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Q {=a ~a}", "line 1: choice 'a' appears more than once"),
        ("Q {=a}", "line 1: short-answer questions (no ~ wrong answer) are not supported"),
        ("Q {~a ~b}", "line 1: question has no right answer"),
        ("{=a ~b}", "line 1: question has no visible text"),
        ("Q {=a ~b ~c ~d ~e ~f ~g}", "line 1: question has 7 choices; it needs 2 to 6"),
        ("Q {=a ~#no text}", "line 1: choice 2 has no visible text"),
        ("Q {true}", "line 1: write true/false answers as T, F, TRUE or FALSE"),
        (
            "Just a description.",
            "line 1: no answer block {...}; description questions are not supported",
        ),
        ("Q {=a ~b", "line 1: the answer block has no closing '}'"),
        ("Q {=a {~b}", "line 1: a '{' inside an answer block must be written \\{"),
        ("::title Q {=a ~b}", "line 1: the title has no closing '::'"),
        ("Q {junk =a ~b}", "line 1: text before the first answer; start answers with = or ~"),
        ("Q {T#a#b#c}", "line 1: a true/false answer takes at most two '#' feedbacks"),
        ("// only a comment\n", "line 1: the file holds no questions"),
    ],
)
def test_problem_is_reported(text: str, problem: str) -> None:
    assert problems(text) == [problem]


def test_every_problem_is_reported_with_its_line() -> None:
    text = "Fine {=a ~b}\n\n// comment\nNo right\n{~a\n~b}\n\nFine too {=a ~b}\n\nEssay {}\n"
    assert problems(text) == [
        "line 4: question has no right answer",
        "line 10: essay questions ({}) are not supported",
    ]


def test_weights_of_100_and_0_are_right_and_wrong() -> None:
    [question] = gift.read("Q {~%100%yes ~%0%no}")
    assert question.choices == ("yes", "no")
    assert question.answer == 0


def test_right_feedback_and_general_feedback_both_become_the_explanation() -> None:
    [question] = gift.read("Q {=a#because ~b#not this####in general}")
    assert question.explanation == "because\nin general"


def test_comment_lines_inside_a_question_are_skipped() -> None:
    [question] = gift.read("Q {\n=a\n// not an answer ~c\n~b\n}")
    assert question.choices == ("a", "b")


def test_true_false_words() -> None:
    read = [gift.read(f"Q {{{word}}}")[0].answer for word in ("T", "TRUE", "F", "FALSE")]
    assert read == [0, 0, 1, 1]


def test_writes_escapes_and_true_false() -> None:
    questions = [
        Question("cast", "1+1 = 2: {true}?", ("True", "False"), 0, "Arithmetic #1", 3),
        Question("custom", "// not a comment", ("~x", "[html]y", "%50% off"), 2),
    ]
    text = gift.write(questions)
    assert text == (
        "1+1 \\= 2\\: \\{true\\}? {\nT\n####Arithmetic \\#1\n}\n"
        "\n"
        "[moodle]// not a comment {\n~\\~x\n~[moodle][html]y\n=%50% off\n}\n"
    )
    assert gift.read(text) == [gift.kept(question) for question in questions]


def test_marks_text_with_html_characters_as_plain() -> None:
    question = Question("custom", "Is <b> & bold?", ("yes", "no"), 0)
    text = gift.write([question])
    assert text.startswith("[plain]Is <b> & bold? {")
    assert gift.read(text) == [question]


def test_refuses_to_write_a_question_with_one_choice() -> None:
    with pytest.raises(FormatError) as error:
        gift.write([Question("custom", "Q", ("a",), 0)])
    assert error.value.problems == [
        "cannot write gift: questions[0].choices: question has 1 choices; it needs 2 to 6"
    ]


def test_round_trip_of_the_example_file() -> None:
    questions = gift.read((EXAMPLES / "moodle.gift").read_text(encoding="utf-8"))
    assert gift.read(gift.write(questions)) == questions
