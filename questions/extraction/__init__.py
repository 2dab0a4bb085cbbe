"""The rules behind :mod:`questions.extract`, one module per kind of fact."""
