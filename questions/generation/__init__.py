"""Facts -> questions: generate() in quiz.py, the shared context, distractors and the kinds."""
