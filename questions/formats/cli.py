"""The ``convert`` command: turn a quiz file from one format into another."""

from __future__ import annotations

import argparse
import sys

from ..exc import FormatError
from . import FORMATS, format_for_filename, read, write


def add_convert_command(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``convert IN_FILE --to FMT [--from FMT] [-o OUT]``; its handler is ``handler``."""
    parser = subparsers.add_parser(
        "convert",
        help="convert a quiz file between GIFT, Aiken, Open Trivia DB and JSON",
        description="Convert a quiz file. A file with any problem is refused whole "
        "and every problem is listed with its line or JSON path.",
    )
    parser.add_argument("in_file", metavar="IN_FILE", help="the quiz file to read, or - for stdin")
    parser.add_argument("--to", dest="to_fmt", required=True, choices=FORMATS)
    parser.add_argument(
        "--from",
        dest="from_fmt",
        choices=FORMATS,
        help="the input's format (default: from the file name; .json is sniffed)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parser.set_defaults(handler=convert_command)


def convert_command(args: argparse.Namespace) -> int:
    """Convert as the parsed arguments say; on a bad file print why and exit 2."""
    try:
        output = convert(args.in_file, args.to_fmt, args.from_fmt)
    except FormatError as error:
        for problem in error.problems:
            print(f"{args.in_file}: {problem}", file=sys.stderr)
        raise SystemExit(2) from None
    if args.output is None:
        sys.stdout.write(output)
        return 0
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as file:
            file.write(output)
    except OSError as error:
        print(f"{args.output}: cannot write: {error.strerror or error}", file=sys.stderr)
        raise SystemExit(2) from None
    return 0


def convert(in_file: str, to_fmt: str, from_fmt: str | None = None) -> str:
    """Read ``in_file`` (``-`` for stdin) and return its questions written as ``to_fmt``."""
    if from_fmt is None and in_file == "-":
        raise FormatError(["reading stdin needs --from to name its format"])
    text = _read_text(in_file)
    if from_fmt is None:
        from_fmt = format_for_filename(in_file, text)
    return write(read(text, from_fmt), to_fmt)


def _read_text(in_file: str) -> str:
    """Read a file as UTF-8 text, turning every way that fails into a FormatError."""
    try:
        if in_file == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(in_file, "rb") as file:
                data = file.read()
    except OSError as error:
        raise FormatError([f"cannot read: {error.strerror or error}"]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FormatError([f"byte {error.start}: not UTF-8 text"]) from None
