"""Article facts: the model (model.py) and reading it from data, text and files (parse.py)."""
