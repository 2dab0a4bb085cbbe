"""Article text -> facts: article.py runs the rules, each module named for what it reads."""
